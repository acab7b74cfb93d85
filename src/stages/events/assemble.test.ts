// Event assembly across a document: which mention of a field wins. Invented, flat texts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';

describe('a news headline summarises; the body states', () => {
  it('the body figure wins over the headline figure for the same field', () => {
    const text = 'Fourteen killed in market bombing\n\nKABUL — A suicide bomber attacked a market in Kabul on Thursday, killing at least 14 people and wounding 20 others, police said.\n';
    const r = analyze(text, { published: '2019-04-12' });
    assert.equal(r.events.length, 1);
    const k = r.events[0].casualties.killed;
    assert.deepEqual([k?.low, k?.best, k?.high], [14, 14, null]);
    assert.equal(k?.text, 'at least 14');
  });

  it('a figure stated only in the headline is still kept', () => {
    const text = 'Five soldiers killed near Tikrit\n\nBAGHDAD (Wire) - A roadside bomb struck an army patrol near Tikrit on Sunday, police said.\n';
    const r = analyze(text, { published: '2019-03-12' });
    assert.equal(r.events[0]?.casualties.killed?.best, 5);
  });
});

describe('evidence', () => {
  it('lists each field where it was read, ordered by start, then field name', () => {
    const text = 'Wilayat Ninawa\n\nOn 5 Safar, soldiers of the Khilafah attacked positions of the Rafidi army 20 km south of Mosul with a car bomb, killing seven of them.';
    const [event] = analyze(text, { published: '2017-06-30' }).events;
    assert.ok(event, 'an event');
    const got = event.evidence.map((e) => [e.field, text.slice(e.start, e.end)]);
    assert.deepEqual(got.map(([field]) => field).filter((f) => f === 'date' || f === 'location' || f === 'casualties.killed'), ['date', 'location', 'casualties.killed']);
    assert.deepEqual(got.find(([field]) => field === 'date'), ['date', '5 Safar']);
    assert.deepEqual(got.find(([field]) => field === 'location'), ['location', '20 km south of Mosul']);
    for (let i = 1; i < event.evidence.length; i++) {
      const [a, b] = [event.evidence[i - 1], event.evidence[i]];
      assert.ok(a.start < b.start || (a.start === b.start && a.field <= b.field), `${a.field}@${a.start} before ${b.field}@${b.start}`);
    }
  });
});
