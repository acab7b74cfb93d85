// Table tests for a cheap check run before a costly pattern: each row says whether the check lets the
// text through, and a row it turns away must be one the pattern rejects. Used by *.test.ts only.
import assert from 'node:assert/strict';
import { test } from 'node:test';

export interface GateRow { readonly text: string; readonly may: boolean }

export function gateTable(name: string, gate: (text: string, from: number, to: number) => boolean, pattern: RegExp, rows: readonly GateRow[]): void {
  for (const row of rows) {
    test(`${name} ${JSON.stringify(row.text)} → ${row.may}`, () => {
      assert.equal(gate(row.text, 0, row.text.length), row.may);
      if (!row.may) assert.equal(pattern.test(row.text), false);
    });
  }
}
