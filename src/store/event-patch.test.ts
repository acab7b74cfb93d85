// Edits to an event: accepted edits change exactly their fields; refused ones name the reason's code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import { ClaimScopeError } from '../core/errors.js';
import { applyPatch, carryEdits } from './event-patch.js';
import type { EventPatch } from './store.js';

const event = analyze(readFileSync('samples/roundup.txt', 'utf8'), { published: '2016-11-10' }).events[0];

const ACCEPTED: ReadonlyArray<[string, EventPatch, string[]]> = [
  ['summary', { summary: ' A new summary. ' }, ['summary']],
  ['date best inside the interval', { date: { earliest: '2016-11-01', best: '2016-11-02', latest: '2016-11-05', precision: 'days' } }, ['date.earliest', 'date.best', 'date.latest', 'date.precision']],
  ['place and coordinates', { location: { name: 'Bartella', lat: 36.35, lon: 43.38, precision: 'exact', uncertaintyKm: 5 } }, ['location.name', 'location.lat', 'location.lon', 'location.precision', 'location.uncertaintyKm']],
  ['type', { type: { acledSubEventType: 'Armed clash', gtdWeaponTypes: ['Firearms'], suicide: false } }, ['type.acledSubEventType', 'type.gtdWeaponTypes', 'type.suicide']],
  ['a casualty range added', { casualties: { captured: { low: 1, best: 2, high: 3 } } }, ['casualties.captured']],
  ['a casualty removed', { casualties: { killed: null } }, ['casualties.killed']],
  ['the same values: no change', { stance: event.stance, date: { best: event.date.best } }, []],
];

for (const [name, patch, fields] of ACCEPTED) {
  test(`applyPatch accepts: ${name}`, () => {
    const out = applyPatch(event, patch);
    assert.deepEqual(out.fields, fields);
    assert.deepEqual(Object.keys(out.after), fields);
    assert.notEqual(out.event, event);
  });
}

const REFUSED: ReadonlyArray<[string, unknown]> = [
  ['an empty summary', { summary: '   ' }],
  ['an unknown stance', { stance: 'hostile' }],
  ['a day that does not exist', { date: { best: '2016-02-30' } }],
  ['best after latest', { date: { best: '2016-12-01' } }],
  ['earliest after latest', { date: { earliest: '2016-11-20', latest: '2016-11-01' } }],
  ['an unknown date precision', { date: { precision: 'decade' } }],
  ['a lowercase country', { location: { country: 'iq' } }],
  ['a latitude out of range', { location: { lat: 91, lon: 0 } }],
  ['a latitude without longitude', { location: { lat: 10, lon: null } }],
  ['coordinates as text', { location: { lat: '36', lon: '43' } }],
  ['a negative radius', { location: { uncertaintyKm: -1 } }],
  ['a field that cannot be edited', { location: { geonameId: 5 } }],
  ['a prototype key', JSON.parse('{"date": {"__proto__": {"x": 1}}}')],
  ['low above best', { casualties: { killed: { low: 5, best: 4, high: null } } }],
  ['a fractional count', { casualties: { wounded: { low: 1.5, best: null, high: null } } }],
  ['an unknown casualty field', { casualties: { missing: { low: 1, best: 1, high: 1 } } }],
  ['a weapon list of numbers', { type: { gtdWeaponTypes: [1] } }],
];

for (const [name, patch] of REFUSED) {
  test(`applyPatch refuses: ${name}`, () => {
    assert.throws(() => applyPatch(event, patch as EventPatch), (e: unknown) => e instanceof ClaimScopeError && e.code === 'event.bad_edit');
  });
}

test('carryEdits copies exactly the edited fields onto a new event', () => {
  const edited = applyPatch(event, { summary: 'Kept.', location: { lat: 1, lon: 2 } }).event;
  const carried = carryEdits(edited, event, ['summary', 'location.lat']);
  assert.deepEqual([carried.summary, carried.location.lat, carried.location.lon], ['Kept.', 1, event.location.lon]);
});
