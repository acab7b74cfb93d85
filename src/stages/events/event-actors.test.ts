// Actors in neutral names; in-group qualifiers do not become actors of their own. Invented, flat sentences.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';

const roundup = (sentence: string) => `Wilayat Kirkuk\n\nOn the 3rd of Safar, ${sentence}\n`;

describe('actors and the victims they make', () => {
  const table: { sentence: string; targets: string[]; type: string; killed: number | null }[] = [
    { sentence: 'soldiers of the Khilafah assassinated a murtadd mukhtar in a village near Hawija.', targets: ['civilians'], type: 'Attack', killed: 1 },
    { sentence: 'soldiers of the Khilafah shot dead 2 members of a tribal council near Hawija.', targets: ['civilians'], type: 'Attack', killed: 2 },
    { sentence: 'soldiers of the Khilafah attacked a checkpoint of the murtadd Peshmerga near Hawija, killing 3 of them.', targets: ['Kurdish Peshmerga'], type: 'Armed clash', killed: 3 },
    { sentence: 'soldiers of the Khilafah attacked positions of the murtaddin near Hawija, killing 4 of them.', targets: ['opposing forces'], type: 'Armed clash', killed: 4 },
    { sentence: 'soldiers of the Khilafah attacked positions of the Rafidi Houthis near Hawija, killing 5 of them.', targets: ['Houthis'], type: 'Armed clash', killed: 5 },
    { sentence: 'soldiers of the Khilafah attacked a post of the Rafidi army near Hawija with RPG-7 rockets and machine guns, killing 3 of them.', targets: ['Iraqi army'], type: 'Armed clash', killed: 3 },
    { sentence: 'soldiers of the Khilafah shelled a post of the Rafidi army near Hawija with rockets, killing 3 of them.', targets: ['Iraqi army'], type: 'Shelling/artillery/missile attack', killed: 3 },
  ];
  for (const row of table) {
    it(row.sentence, () => {
      const r = analyze(roundup(row.sentence), { published: '2017-11-02' });
      assert.equal(r.events.length, 1);
      const e = r.events[0];
      assert.deepEqual(e.actors.filter((a) => a.role === 'target' || a.role === 'victim').map((a) => a.canonical), row.targets);
      assert.equal(e.type.acledSubEventType, row.type);
      assert.equal(e.casualties.killed?.best ?? null, row.killed);
      assert.ok(e.actors.every((a) => !/murtadd/i.test(a.canonical)), 'no in-group word in a canonical name');
    });
  }
});
