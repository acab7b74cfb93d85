import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { auditDiff, diffSummary, whoLabel, type DiffRow } from './audit.js';

const row = (path: string, before: string | null, after: string | null, kind: DiffRow['kind']): DiffRow => ({ path, before, after, kind });

describe('auditDiff: before → after, one row per field', () => {
  const cases: [string, unknown, unknown, DiffRow[]][] = [
    ['a revocation', { revoked: null }, { revoked: '2026-12-02T10:00:00Z' }, [row('revoked', 'null', '2026-12-02T10:00:00Z', 'changed')]],
    ['a creation: every field added', null, { id: 'abc', role: 'viewer' }, [row('id', null, 'abc', 'added'), row('role', null, 'viewer', 'added')]],
    ['a removal', { status: 'active' }, null, [row('status', 'active', null, 'removed')]],
    ['nested objects flatten to dotted paths', { 'casualties.killed': { low: 1, best: 2, high: 3 } }, { 'casualties.killed': { low: 1, best: 4, high: 5 } },
      [row('casualties.killed.low', '1', '1', 'same'), row('casualties.killed.best', '2', '4', 'changed'), row('casualties.killed.high', '3', '5', 'changed')]],
    ['arrays stay whole', { labels: ['a'] }, { labels: ['a', 'b'] }, [row('labels', '["a"]', '["a","b"]', 'changed')]],
    ['a field that became an object', { place: null }, { place: { name: 'Mosul' } }, [row('place', 'null', null, 'removed'), row('place.name', null, 'Mosul', 'added')]],
    ['an empty object is a value', {}, { edited: {} }, [row('edited', null, '{}', 'added')]],
    ['a bare value', 'draft', 'verified', [row('value', 'draft', 'verified', 'changed')]],
    // nothing to show:
    ['both missing', null, null, []],
    ['both empty', {}, {}, []],
    ['undefined sides', undefined, undefined, []],
  ];
  for (const [name, before, after, want] of cases) it(name, () => assert.deepEqual(auditDiff(before, after), want));
});

describe('diffSummary: the collapsed line', () => {
  const cases: [string, DiffRow[], string][] = [
    ['one change in full', [row('revoked', 'null', '2026-12-02', 'changed'), row('id', 'a', 'a', 'same')], 'revoked: null → 2026-12-02'],
    ['one addition', [row('name', null, 'desk', 'added')], 'name: — → desk'],
    ['counts by kind', [row('a', null, '1', 'added'), row('b', null, '2', 'added'), row('c', '1', '2', 'changed'), row('d', '1', null, 'removed')], '1 changed, 2 added, 1 removed'],
    ['a long value is cut', [row('summary', 'x'.repeat(100), 'y', 'changed')], `summary: ${'x'.repeat(70)}…`],
    ['nothing moved', [row('a', '1', '1', 'same')], 'no change'],
    ['no rows', [], 'no details'],
  ];
  for (const [name, rows, want] of cases) it(name, () => assert.equal(diffSummary(rows), want));
});

describe('whoLabel: who wrote it', () => {
  const keys = [{ id: '0123456789ab', name: 'desk admin' }, { id: 'aaaaaaaaaaaa', name: '' }];
  const cases: [string, string, string][] = [
    ['a known key by its name', 'key:0123456789ab', 'desk admin (key 0123456789ab)'],
    ['a key with no name', 'key:aaaaaaaaaaaa', 'unnamed key (key aaaaaaaaaaaa)'],
    ['an unknown key by its id', 'key:bbbbbbbbbbbb', 'key bbbbbbbbbbbb'],
    ['the command line', 'cli:root', 'command line (root)'],
    // not a key id: left as written
    ['a malformed key id', 'key:xyz', 'key:xyz'],
    ['no key (open read)', 'key:none', 'key:none'],
    ['anything else', 'test:seed', 'test:seed'],
  ];
  for (const [name, by, want] of cases) it(name, () => assert.equal(whoLabel(by, keys), want));
});
