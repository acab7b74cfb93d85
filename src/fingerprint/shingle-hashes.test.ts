// The WebAssembly shingle hashing against MinHash v1's steps 2 and 3 written out in JS.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { shingleHashes } from './minhash.js';
import { murmur3Published } from './murmur3.testing.js';

function shingleHashesByDefinition(normalized: string): number[] {
  const e = new TextEncoder();
  const words = normalized.split(' ').map((w) => murmur3Published(e.encode(w)));
  const width = Math.min(5, words.length);
  const out: number[] = [];
  for (let s = 0; s + width <= words.length; s++) {
    const block = new Uint8Array(4 * width);
    for (let w = 0; w < width; w++) new DataView(block.buffer).setUint32(4 * w, words[s + w], true);
    out.push(murmur3Published(block));
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

test('shingleHashes: texts that grow the kernel\'s memory, and one large enough for a kernel of its own', () => {
  for (const n of [70_000, 600_000, 1_200_000]) {
    const text = random(n, 'abcdefgh  é');
    assert.deepEqual([...shingleHashes(text)], shingleHashesByDefinition(text), `${n} characters`);
  }
  assert.deepEqual([...shingleHashes('one two three four five six')], shingleHashesByDefinition('one two three four five six'), 'after them');
});
