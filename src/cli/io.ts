// Reading documents safely: size checked before reading, binary and invalid UTF-8 refused with codes.
import { readFileSync, statSync } from 'node:fs';
import { ClaimScopeError } from '../core/errors.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new ClaimScopeError('input.empty', label);
  if (bytes.includes(0)) throw new ClaimScopeError('input.binary', label);
  let text: string;
  try { text = decoder.decode(bytes); } catch { throw new ClaimScopeError('input.invalid_utf8', label); }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let control = 0;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (control > 0 && control / Math.min(text.length, 65536) > 0.01) throw new ClaimScopeError('input.binary', label);
  if (text.trim().length === 0) throw new ClaimScopeError('input.empty', label);
  return text;
}

/** Checks that a path is a readable regular file and returns its size. */
export function readDocumentHead(path: string): number {
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new ClaimScopeError('input.unreadable', `${path} is not a regular file`);
    return st.size;
  } catch (e) {
    if (e instanceof ClaimScopeError) throw e;
    throw new ClaimScopeError((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'input.missing_file' : 'input.unreadable', path);
  }
}

export function readDocument(path: string, maxBytes: number): string {
  const size = readDocumentHead(path);
  if (size > maxBytes) throw new ClaimScopeError('input.too_large', `${path} is ${size} bytes; the limit is ${maxBytes} (--max-bytes)`);
  let bytes: Buffer;
  try { bytes = readFileSync(path); } catch { throw new ClaimScopeError('input.unreadable', path); }
  return decodeText(bytes, path);
}

export async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    total += b.length;
    if (total > maxBytes) throw new ClaimScopeError('input.too_large', `standard input exceeds ${maxBytes} bytes (--max-bytes)`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

export function errorLine(e: ClaimScopeError): string {
  return `claimscope: error[${e.code}] ${e.message}`;
}
