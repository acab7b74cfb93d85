// `claimscope fingerprint FILE…|- [--format jsonl|json]`: one line per file with its hashes.
import { parseArgs } from 'node:util';
import { ClaimScopeError } from '../core/errors.js';
import { fingerprints } from '../fingerprint/fingerprints.js';
import { DEFAULT_MAX_BYTES, decodeText, errorLine, readDocument, readStdin } from './io.js';
import type { Out } from './main.js';

export const FINGERPRINT_HELP = `claimscope fingerprint FILE…|- [--format jsonl]
  one line per file: {file, sha256, md5, tlshRaw, normalizedSha256, tlsh, minhash, shingles}; hashes are of the
  UTF-8 bytes (tlshRaw of the raw bytes, tlsh and normalizedSha256 of normalisation v1); a file
  that cannot be read is reported on stderr with its code and the rest go on (exit 2)`;

export async function fingerprintCommand(argv: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { format: { type: 'string', default: 'jsonl' }, help: { type: 'boolean', default: false } } });
  if (values.help) { out.write(`${FINGERPRINT_HELP}\n`); return 0; }
  if (values.format !== 'jsonl') throw new ClaimScopeError('usage.bad_option', `--format ${values.format}; choices: jsonl`);
  if (positionals.length === 0) throw new ClaimScopeError('usage.bad_option', 'fingerprint needs a FILE or - for standard input');
  let failed = 0;
  for (const file of positionals) {
    try {
      const text = file === '-' ? decodeText(await readStdin(DEFAULT_MAX_BYTES), 'stdin') : readDocument(file, DEFAULT_MAX_BYTES);
      const f = fingerprints(text);
      out.write(`${JSON.stringify({ file, sha256: f.sha256, md5: f.md5, tlshRaw: f.tlshRaw, normalizedSha256: f.normalizedSha256, tlsh: f.tlsh, minhash: f.minhash, shingles: f.shingles })}\n`);
    } catch (e) {
      if (!(e instanceof ClaimScopeError)) throw e;
      failed++;
      out.error(errorLine(e));
    }
  }
  return failed > 0 ? 2 : 0;
}
