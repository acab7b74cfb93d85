// The WebAssembly kernel against MinHash v1's steps 2-4 written out in JS.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fmix32, murmur3, shingleHashes } from './minhash.js';
import { binnedShingles } from './minhash-kernel.js';

function shingleHashesByDefinition(normalized: string): number[] {
  const e = new TextEncoder();
  const words = normalized.split(' ').map((w) => murmur3(e.encode(w)));
  const width = Math.min(5, words.length);
  const out: number[] = [];
  for (let s = 0; s + width <= words.length; s++) {
    const block = new Uint8Array(4 * width);
    for (let w = 0; w < width; w++) new DataView(block.buffer).setUint32(4 * w, words[s + w], true);
    out.push(murmur3(block));
  }
  return out;
}

const random = (n: number, alphabet: string) => Array.from({ length: n }, (_, i) => alphabet[((i * 2654435761) >>> 7) % alphabet.length]).join('');

test('shingleHashes: table of word counts (one word, fewer than 5, exactly 5, more; words of 1-9 bytes, non-ASCII)', () => {
  const cases = ['x', ' ', 'a  b', ' lead', 'trail ', 'ab cd', 'one two three four', 'a bb ccc dddd eeeee', 'a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh iiiiiiiii', 'قتل ١٢ شخصا في الهجوم على القرية'];
  for (const text of cases) assert.deepEqual([...shingleHashes(text)], shingleHashesByDefinition(text), text);
});

test('property: shingleHashes equals the definition (words hashed, then 5 word hashes as 20 bytes)', () => {
  const word = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('a', 'b', 'é', 'ß', '1', 'ش', '😀') });
  fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
    const text = words.join(' ');
    assert.deepEqual([...shingleHashes(text)], shingleHashesByDefinition(text));
  }), { numRuns: 500 });
});

test('property: shingleHashes equals the definition on any text of spaces and a few letters (empty words, words across 16-byte blocks)', () => {
  const text = fc.string({ minLength: 1, maxLength: 120, unit: fc.constantFrom(' ', ' ', 'a', 'b', 'é', '😀') });
  fc.assert(fc.property(text, (t) => {
    assert.deepEqual([...shingleHashes(t)], shingleHashesByDefinition(t));
  }), { numRuns: 2000 });
});

test('shingleHashes: a word of each length from 0 to 40 bytes at each place in a 16-byte block', () => {
  for (let length = 0; length <= 40; length++) {
    for (let lead = 0; lead < 16; lead++) {
      const text = `${'x '.repeat(lead)}${'abcdefghij'.repeat(4).slice(0, length)} y z`;
      assert.deepEqual([...shingleHashes(text)], shingleHashesByDefinition(text), JSON.stringify(text));
    }
  }
});

test('shingleHashes: texts that grow the kernel\'s memory, and one large enough for a kernel of its own', () => {
  for (const n of [70_000, 600_000, 1_200_000]) {
    const text = random(n, 'abcdefgh  é');
    assert.deepEqual([...shingleHashes(text)], shingleHashesByDefinition(text), `${n} characters`);
  }
  assert.deepEqual([...shingleHashes('one two three four five six')], shingleHashesByDefinition('one two three four five six'), 'after them');
});

/** Step 4 by its definition: each distinct shingle's fmix32 lowers its bin (the top 7 bits). */
function binsByDefinition(hashes: number[]) {
  const minimum = new Uint32Array(128).fill(0xffffffff);
  const filled = new Uint8Array(128);
  for (const h of new Set(hashes)) {
    const v = fmix32(h);
    minimum[v >>> 25] = Math.min(minimum[v >>> 25], v);
    filled[v >>> 25] = 1;
  }
  return { minimum, filled, distinct: new Set(hashes).size };
}
const binned = (text: string) => ({ ...binnedShingles(new TextEncoder().encode(text)) });

test('binnedShingles: table (one shingle, repeats, all bins, a long text)', () => {
  const cases = ['x', 'a b c d e a b c d e a b c d e', 'the same five words here '.repeat(40).trim(), random(20_000, 'abcdefg hij'), random(900_000, 'abcdefgh  é')];
  for (const text of cases) assert.deepEqual(binned(text), binsByDefinition(shingleHashesByDefinition(text)), text.slice(0, 40));
  assert.equal(binned('a b c d e a b c d e').distinct, 5, 'repeated shingles counted once');
});

test('property: binnedShingles equals the definition', () => {
  const word = fc.constantFrom('al', 'be', 'ga', 'de', 'ep', 'ze', 'é', '1');
  fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 300 }), (words) => {
    const text = words.join(' ');
    assert.deepEqual(binned(text), binsByDefinition(shingleHashesByDefinition(text)));
  }), { numRuns: 500 });
});
