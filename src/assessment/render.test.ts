// Reduced-exposure reading: neutral words in, the group's words out, every replacement mapped back.
// Sentences are invented and flat.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { renderNeutralText } from '../analyze.js';
import { originalOffset } from './render.js';

const ROWS: ReadonlyArray<{ text: string; want: string; gone: readonly string[] }> = [
  { text: 'On 3 Safar, soldiers of the Khilafah attacked a gathering of the Rafidi army.', want: 'On 3 Safar, Islamic State fighters attacked a gathering of the Iraqi army.', gone: ['Khilafah', 'Rafidi'] },
  { text: 'An istishhadi drove an explosive vehicle into a position of the Nusayri army.', want: 'A suicide attacker drove an explosive vehicle into a position of the Syrian government forces.', gone: ['istishhadi', 'Nusayri'] },
  { text: 'They killed 5 murtaddin in the blessed operation.', want: 'They killed 5 opposing forces in the [formula].', gone: ['murtaddin', 'blessed'] },
  { text: 'Our brother Abu Salim carried out the attack.', want: 'The fighter Abu Salim carried out the attack.', gone: ['brother'] },
  // must NOT change: quoted words (someone is quoting the group), and text with no in-group wording.
  { text: 'The group said "soldiers of the Khilafah" attacked the base.', want: 'The group said "soldiers of the Khilafah" attacked the base.', gone: [] },
  { text: 'Police said militants attacked a checkpoint near Tikrit.', want: 'Police said militants attacked a checkpoint near Tikrit.', gone: [] },
];

for (const row of ROWS) {
  test(row.text, () => {
    const r = renderNeutralText(row.text);
    assert.equal(r.text, row.want);
    for (const g of row.gone) assert.ok(!r.text.includes(g), g);
    for (const x of r.replacements) {
      assert.equal(r.text.slice(x.neutral.start, x.neutral.end).length, x.neutral.end - x.neutral.start);
      assert.ok(x.original.start < x.original.end && x.original.end <= row.text.length);
    }
  });
}

test('the offset map: text outside replacements maps back character for character', () => {
  const text = 'On 5 Safar, an istishhadi of the soldiers of the Khilafah struck the Rafidi police in the blessed operation near Mosul.';
  const r = renderNeutralText(text);
  const at = r.text.indexOf('near Mosul');
  assert.equal(text.slice(originalOffset(r, at), originalOffset(r, at) + 10), 'near Mosul');
  for (const x of r.replacements) assert.equal(originalOffset(r, x.neutral.start), x.original.start);
});

test('property: any text renders; unchanged stretches map back exactly', () => {
  const piece = fc.constantFrom('soldiers of the Khilafah ', 'the Rafidi army ', 'an istishhadi ', 'a checkpoint ', 'near Mosul, ', '"murtadd" ', 'the blessed operation ', 'They attacked ', 'x');
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
    const text = parts.join('');
    const r = renderNeutralText(text);
    let prevEnd = 0;
    for (const x of r.replacements) {
      const gap = r.text.slice(prevEnd, x.neutral.start);
      const o = originalOffset(r, prevEnd);
      assert.equal(text.slice(o, o + gap.length), gap);
      prevEnd = x.neutral.end;
    }
    const tail = r.text.slice(prevEnd);
    assert.equal(text.slice(text.length - tail.length), tail);
  }));
});
