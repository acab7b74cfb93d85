// Segmentation: how many incidents a text holds and where each one's span lies, seen through analyze().
// Every text is invented, short and flat. Run: node --import tsx --test src/stages/segment/segment.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../analyze.js';
import type { ClaimEvent } from '../../core/types.js';

const PUBLISHED = '2017-11-02';

function eventsOf(text: string): ClaimEvent[] {
  return analyze(text, { published: PUBLISHED, id: 'segment-test' }).events;
}

/** The text of each event's span; also checks that the span is a slice of the original text. */
function spanTexts(text: string, events: readonly ClaimEvent[]): string[] {
  return events.map((e) => {
    assert.ok(e.span.start >= 0 && e.span.end <= text.length && e.span.start < e.span.end);
    return text.slice(e.span.start, e.span.end);
  });
}

const killedOf = (e: ClaimEvent) => e.casualties.killed?.best ?? null;

describe('roundups: one paragraph, several incidents', () => {
  test('"They also" opens a second incident', () => {
    const first = 'On the 5th of Safar, soldiers of the Khilafah attacked a position of the Nusayri army near al-Mayadin, killing seven of them.';
    const second = 'They also destroyed a tank of the Nusayri army with a guided missile near the town.';
    const text = `Wilayat Khayr\n\n${first} ${second}`;
    const events = eventsOf(text);
    assert.deepEqual(spanTexts(text, events), [first, second]);
    assert.deepEqual(events.map((e) => e.span.start), [text.indexOf(first), text.indexOf(second)]);
    assert.deepEqual(events.map(killedOf), [7, null]);
    assert.deepEqual(events[1].materiel.map((m) => [m.item, m.count, m.action]), [['tank', 1, 'destroyed']]);
  });

  test('"In a separate attack" opens a second incident', () => {
    const first = 'On the 5th of Safar, soldiers of the Khilafah attacked a checkpoint of the Nusayri army, killing three of them.';
    const second = 'In a separate attack, soldiers of the Khilafah killed two soldiers of the Nusayri army with a sniper rifle.';
    const text = `Wilayat Khayr\n\n${first} ${second}`;
    const events = eventsOf(text);
    assert.deepEqual(spanTexts(text, events), [first, second]);
    assert.deepEqual(events.map(killedOf), [3, 2]);
  });

  test('a car bomb and a second blow on those who came to help are two incidents', () => {
    const first = 'On the 3rd of Safar, an istishhadi drove an explosive vehicle into a gathering of the Rafidi army east of Mosul, killing around 25 of them.';
    const second = 'When elements of the Rafidi army came to help the wounded, soldiers of the Khilafah targeted them with an explosive device, killing four of them.';
    const text = `Wilayah of Ninawa\n\n${first} ${second}`;
    const events = eventsOf(text);
    assert.deepEqual(spanTexts(text, events), [first, second]);
    assert.deepEqual(events.map((e) => e.type.acledSubEventType), ['Suicide bomb', 'Remote explosive/landmine/IED']);
    assert.deepEqual(events.map(killedOf), [25, 4]);
  });

  test('sentences without a new-incident marker stay in the incident', () => {
    const para = 'On the 6th of Safar, soldiers of the Khilafah shelled gatherings of the Rafidi Mobilization near Tal Afar with mortar rounds, killing two of them. The shelling lasted an hour.';
    const text = `Wilayat al-Jazirah\n\n${para}`;
    assert.deepEqual(spanTexts(text, eventsOf(text)), [para]);
  });

  test('each paragraph with an action opens an incident', () => {
    const first = 'On the 5th of Safar, soldiers of the Khilafah attacked a checkpoint of the Nusayri army, killing three of them.';
    const second = 'On the 6th of Safar, soldiers of the Khilafah destroyed a Humvee of the Nusayri army near al-Mayadin.';
    const text = `Wilayat Khayr\n\n${first}\n\n${second}`;
    assert.deepEqual(spanTexts(text, eventsOf(text)), [first, second]);
  });
});

describe('roundups: territory', () => {
  test('a list of villages taken over several days is one territory incident', () => {
    const para = 'During the course of the following days, soldiers of the Khilafah took control of the villages of al-Susah, al-Marashidah and al-Bahrah east of the Euphrates after clashes with the PKK.';
    const text = `Wilayat al-Khayr\n\nOn the 5th of Safar, soldiers of the Khilafah attacked a position of the PKK, killing three of them.\n\n${para}`;
    const events = eventsOf(text);
    assert.equal(events.length, 2);
    assert.equal(text.slice(events[1].span.start, events[1].span.end), para);
    assert.deepEqual(events[1].territory?.places, ['al-Susah', 'al-Marashidah', 'al-Bahrah']);
    assert.equal(events[1].type.acledSubEventType, 'Non-state actor overtakes territory');
  });
});

describe('roundups: lines that are not incidents', () => {
  test('an introduction with no action gives no event', () => {
    assert.deepEqual(eventsOf('Summary of the military operations of the soldiers of the Khilafah during the past week.'), []);
  });

  test('the introduction is not part of the first incident', () => {
    const intro = 'Summary of the military operations of the soldiers of the Khilafah during the past week.';
    const incident = 'On the 5th of Safar, soldiers of the Khilafah attacked a checkpoint of the Nusayri army, killing three of them.';
    const text = `${intro}\n\nWilayat Khayr\n\n${incident}`;
    assert.deepEqual(spanTexts(text, eventsOf(text)), [incident]);
  });

  test('a heading alone gives no event', () => {
    assert.deepEqual(eventsOf('Wilayat Khayr'), []);
  });
});

describe('news: claim sentences', () => {
  const incident = 'BAGHDAD, Nov 6 (Wire) - A suicide bomber blew himself up at a checkpoint south of Baghdad on Sunday, killing six soldiers, police said.';

  test('a claim sentence is not a second incident', () => {
    const text = `${incident} Islamic State claimed responsibility through its Amaq news agency.`;
    const events = eventsOf(text);
    assert.equal(events.length, 1);
    // The incident's span runs from the paragraph start (the dateline) to the end of its paragraph.
    assert.deepEqual(events[0].span, { start: 0, end: text.length });
  });

  test('a claim sentence in its own paragraph is no incident', () => {
    const text = `${incident}\n\nIslamic State claimed responsibility through its Amaq news agency.`;
    const events = eventsOf(text);
    // A news incident runs on over the paragraphs that follow it until a marker or a new date.
    assert.deepEqual(events.map((e) => e.span), [{ start: 0, end: text.length }]);
  });

  test('figures in a claim sentence do not reach the incident', () => {
    const text = `${incident} Islamic State claimed responsibility through its Amaq news agency, saying it killed 40 soldiers.`;
    const [event] = eventsOf(text);
    assert.equal(killedOf(event), 6);
    assert.deepEqual(event.casualties.killed?.span, { start: text.indexOf('six'), end: text.indexOf('six') + 'six'.length });
  });

  test('a claimed figure in its own paragraph does not reach the incident', () => {
    const text = `${incident}\n\nThe group claimed it had killed 20 soldiers, a figure that could not be verified.`;
    const events = eventsOf(text);
    assert.equal(events.length, 1);
    assert.equal(killedOf(events[0]), 6);
  });
});

describe('news: several incidents', () => {
  test('a later update on the same incident in its paragraph is not a second incident', () => {
    const text = 'BAGHDAD, Nov 6 (Wire) - A bomb exploded in a market on Sunday, killing three people. On Monday, two of the wounded died in hospital, a doctor said.';
    assert.equal(eventsOf(text).length, 1);
  });

  test('a new date phrase in a new paragraph opens a second incident', () => {
    const first = 'BAGHDAD, Nov 6 (Wire) - A roadside bomb struck an army patrol near Tarmiyah on Sunday, killing two soldiers, police said.';
    const second = 'On Monday, gunmen killed three shepherds east of Tikrit, a local official said.';
    const text = `${first}\n\n${second}`;
    const events = eventsOf(text);
    assert.deepEqual(spanTexts(text, events), [first, second]);
    assert.deepEqual(events.map(killedOf), [2, 3]);
    assert.deepEqual(events.map((e) => e.date.best), ['2017-10-29', '2017-10-30']);
  });

  test('a paragraph of detail without a date stays with its incident', () => {
    const first = 'BAGHDAD, Nov 6 (Wire) - A roadside bomb struck an army patrol near Tarmiyah on Sunday, killing two soldiers, police said.';
    const detail = 'The patrol was returning to its base when the bomb exploded, an officer said.';
    const text = `${first}\n\n${detail}`;
    assert.equal(eventsOf(text).length, 1);
  });
});

describe('closed gaps', () => {
  test('a new date phrase inside a news paragraph opens a second incident', () => {
    const first = 'BAGHDAD, Nov 6 (Wire) - A roadside bomb struck an army patrol near Tarmiyah on Sunday, killing two soldiers, police said.';
    const second = 'On Monday, gunmen killed three shepherds east of Tikrit, a local official said.';
    const text = `${first} ${second}`;
    assert.deepEqual(spanTexts(text, eventsOf(text)), [first, second]);
  });
  const updates = [
    'On Monday, two of the wounded died in hospital, police said.',
    'On Monday, police said the bomb had killed five.',
    'On Monday, the death toll rose to seven, officials said.',
  ];
  for (const update of updates) {
    test(`an update on the same incident stays in it: ${update}`, () => {
      const first = 'BAGHDAD, Nov 6 (Wire) - A roadside bomb struck an army patrol near Tarmiyah on Sunday, killing two soldiers, police said.';
      const text = `${first} ${update}`;
      assert.equal(eventsOf(text).length, 1);
    });
  }
});

describe('news: a revised toll', () => {
  const first = 'CAIRO, Nov 6 (Wire) - A roadside bomb struck an army convoy south of el-Arish on Sunday, killing 12 soldiers, officials said.';
  const rows: readonly { update: string; killed: number }[] = [
    { update: 'Two of the wounded later died in hospital, raising the death toll to 14, a medical source said on Wednesday.', killed: 14 },
    { update: 'The death toll has risen to 15, a hospital official said on Tuesday.', killed: 15 },
    { update: 'On Wednesday, three of the injured succumbed to their wounds, bringing the toll to 15, a doctor said.', killed: 15 },
  ];
  for (const { update, killed } of rows) {
    test(`in its own paragraph, dated after the attack, it revises the one incident: ${update}`, () => {
      const events = eventsOf(`${first}\n\n${update}`);
      assert.equal(events.length, 1);
      assert.equal(killedOf(events[0]), killed);
      assert.equal(events[0].date.best, '2017-10-29');
    });
  }

  test('a new attack in its own dated paragraph is still a second incident', () => {
    const second = 'On Wednesday, gunmen killed three workers near Bir al-Abd, officials said.';
    const events = eventsOf(`${first}\n\n${second}`);
    assert.deepEqual(events.map(killedOf), [12, 3]);
  });

  test('a toll road or a toll of a war is no revised count', () => {
    const events = eventsOf(`${first}\n\nThe convoy had left the toll road near the city, and the war has taken a heavy toll on the region, officials said.`);
    assert.equal(events.length, 1);
    assert.equal(killedOf(events[0]), 12);
  });
});
