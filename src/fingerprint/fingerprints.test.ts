// fingerprints() writes the raw and normalised UTF-8 into reused buffers: its hashes must be those of
// Buffer.from's bytes and of normalizedBytes, whatever the text and whatever came before it.
import assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import { test } from 'node:test';
import fc from 'fast-check';
import { fingerprints } from './fingerprints.js';
import { normalizedBytes } from './normalize.js';
import { tlsh } from './tlsh.js';
import { minhashOfBytes } from './minhash.js';

const hex = (algorithm: string, bytes: Uint8Array) => crypto.createHash(algorithm).update(bytes).digest('hex');

function expected(text: string) {
  const raw = Buffer.from(text, 'utf8');
  const normalized = normalizedBytes(text);
  const mh = minhashOfBytes(normalized);
  return {
    sha256: hex('sha256', raw), md5: hex('md5', raw), normalizedSha256: hex('sha256', normalized), tlshRaw: tlsh(raw), tlsh: tlsh(normalized),
    minhash: mh ? mh.signature : null, shingles: mh ? mh.shingles : 0,
  };
}

const long = 'Aleppo, 3 March — two fighters were killed near the bridge. '.repeat(400);
const CASES: [string, string][] = [
  ['empty', ''],
  ['ASCII', 'The brothers attacked a checkpoint in Raqqa, killing 4 soldiers; the statement said so.'.repeat(2)],
  ['inert non-ASCII (quotes, dashes, accents)', 'Ansar al-Shari‘a — “Amaliyat” near Qamishlī, où l’attaque a eu lieu. '.repeat(2)],
  ['NFKC and case changes (ligature, Arabic presentation form, capitals)', 'ﬁghters in ﻻ ÉCOLE ＡＢＣ village with 3 dead and more. '.repeat(2)],
  ['lone surrogates written as U+FFFD', 'a\uD800b\uDC00c \uD83D\uDE00 end of the text with enough bytes to hash it'],
  ['longer than the first scratch buffer', long],
  ['short after the long one', 'short text after a long one: nothing of it may show through'],
];

test('fingerprints equal the hashes of Buffer.from and normalizedBytes (table, in order: buffers reused)', () => {
  for (const [name, text] of CASES) assert.deepEqual(fingerprints(text), expected(text), name);
});

test('property: fingerprints of any text equal the hashes of freshly allocated bytes', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 600 }), fc.string({ maxLength: 200 }), (a, b) => {
    assert.deepEqual(fingerprints(a), expected(a));
    assert.deepEqual(fingerprints(b), expected(b));
  }), { numRuns: 200 });
});
