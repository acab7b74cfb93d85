import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Brief } from './brief.js';
import { filterFromParams, filterToParams, matches, sortBriefs, type EventFilter } from './event-filter.js';

const base: Brief = {
  id: 1, documentId: 'a'.repeat(64), status: 'draft', best: '2016-11-03', earliest: '2016-11-02', latest: '2016-11-04',
  lat: 36.3, lon: 43.1, uncertaintyKm: 25, precision: 'near', country: 'IQ', admin1: 'Nineveh', admin1Code: 'IQ-NI', place: 'Mosul',
  eventType: 'Explosions/Remote violence', subEventType: 'Remote explosive/landmine/IED', attackType: 'Bombing/Explosion',
  killed: 4, wounded: null, killedOrWounded: null, stance: 'claimant', summary: 's', edited: false,
  actors: '|islamic state|soldiers of the khilafah|popular mobilization forces|rafidi mobilization|',
};
const F = (f: Partial<EventFilter>): EventFilter => ({ status: [], ...f });

describe('the events filter in the browser (the API semantics)', () => {
  const cases: [string, Partial<Brief>, Partial<EventFilter>, boolean][] = [
    ['no filter', {}, {}, true],
    ['country, any case', {}, { country: 'iq' }, true],
    ['another country', {}, { country: 'SY' }, false],
    ['admin-1 by name, any case', {}, { admin1: 'nineveh' }, true],
    ['admin-1 by ISO code', {}, { admin1: 'iq-ni' }, true],
    ['another admin-1', {}, { admin1: 'Anbar' }, false],
    ['ACLED event type', {}, { type: 'explosions/remote violence' }, true],
    ['ACLED sub-event type', {}, { type: 'Remote explosive/landmine/IED' }, true],
    ['GTD attack type', {}, { type: 'Bombing/Explosion' }, true],
    ['another type', {}, { type: 'Battles' }, false],
    ['interval overlaps from', {}, { from: '2016-11-04' }, true],
    ['interval ends before from', {}, { from: '2016-11-05' }, false],
    ['interval overlaps to', {}, { to: '2016-11-02' }, true],
    ['interval starts after to', {}, { to: '2016-11-01' }, false],
    ['no date, a date filter', { best: null, earliest: null, latest: null }, { from: '2000-01-01' }, false],
    ['no date, no date filter', { best: null, earliest: null, latest: null }, {}, true],
    ['status listed', {}, { status: ['draft', 'verified'] }, true],
    ['status not listed', { status: 'rejected' }, { status: ['draft', 'verified'] }, false],
    ['document', {}, { document: 'a'.repeat(64) }, true],
    ['another document', {}, { document: 'b'.repeat(64) }, false],
    ['no country, a country filter', { country: null }, { country: 'IQ' }, false],
    ['actor, part of a neutral name, any case', {}, { actor: 'MOBILIZATION' }, true],
    ['actor, a whole neutral name', {}, { actor: 'Popular Mobilization Forces' }, true],
    ['actor, the wording as written', {}, { actor: 'khilafah' }, true],
    ['actor, diacritics and punctuation folded', {}, { actor: 'Mobilizatión, Forces' }, true],
    ['actor, no letter or digit: no filter', {}, { actor: '%_' }, true],
    ['another actor', {}, { actor: 'Syrian army' }, false],
    ['actor, words of two different names', {}, { actor: 'state soldiers' }, false],
    ['actor, a bar does not join names', {}, { actor: 'state|soldiers' }, false],
    ['no actors, an actor filter', { actors: '||' }, { actor: 'state' }, false],
  ];
  for (const [name, b, f, want] of cases) it(name, () => assert.equal(matches({ ...base, ...b }, F(f), null), want));

  it('ids from the server narrow the rest', () => {
    assert.equal(matches(base, F({}), new Set([1])), true);
    assert.equal(matches(base, F({}), new Set([2])), false);
  });
});

describe('the filter in the page address', () => {
  it('round-trips', () => {
    const f: EventFilter = { q: 'mosul', country: 'IQ', type: 'Battles', actor: 'Iraqi army', from: '2016-01-01', to: '2016-12-31', status: ['verified'], document: 'c'.repeat(64) };
    assert.deepEqual(filterFromParams(new URLSearchParams(filterToParams(f))), f);
  });
  it('defaults to drafts and verified events', () => assert.deepEqual(filterFromParams(new URLSearchParams('')), { status: ['draft', 'verified'] }));
  const bad: [string, string][] = [
    ['a date that is not a day', 'from=2016-1-1'], ['a country that is not two letters', 'country=IRQ'],
    ['a document that is not a sha256', 'document=xyz'], ['an unknown status', 'status=deleted'],
  ];
  for (const [name, q] of bad) {
    it(`leaves out ${name}`, () => {
      const f = filterFromParams(new URLSearchParams(q));
      assert.equal(f.from ?? f.country ?? f.document, undefined);
      if (q.startsWith('status')) assert.deepEqual(f.status, []);
    });
  }
});

describe('sorting', () => {
  const list: Brief[] = [
    { ...base, id: 1, best: '2016-01-02', killed: 3 },
    { ...base, id: 2, best: null, killed: null },
    { ...base, id: 3, best: '2016-01-01', killed: 10 },
  ];
  const ids = (xs: Brief[]) => xs.map((x) => x.id);
  it('date ascending, unknown last', () => assert.deepEqual(ids(sortBriefs(list, { key: 'date', desc: false })), [3, 1, 2]));
  it('date descending, unknown still last', () => assert.deepEqual(ids(sortBriefs(list, { key: 'date', desc: true })), [1, 3, 2]));
  it('killed descending', () => assert.deepEqual(ids(sortBriefs(list, { key: 'killed', desc: true })), [3, 1, 2]));
  it('does not change its input', () => { sortBriefs(list, { key: 'killed', desc: true }); assert.deepEqual(ids(list), [1, 2, 3]); });
});
