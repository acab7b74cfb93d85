// Reading documents safely: size checked before reading, binary and invalid UTF-8 refused with codes.
import { readFileSync, statSync } from 'node:fs';
import { ClaimScopeError } from '../core/errors.js';
import { parseIsoDate } from '../core/iso-date.js';

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

export type JsonlRecord = { line: number; id: string; text: string; published: string | null; title: string | null } | { line: number; error: ClaimScopeError };

/** Byte lines of a stream, so that each JSON Lines record is UTF-8-checked on its own. */
async function* byteLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    let buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10)) {
      yield buf.subarray(0, nl);
      buf = buf.subarray(nl + 1);
    }
    rest = Buffer.from(buf);
  }
  if (rest.length) yield rest;
}

export async function* jsonlRecords(stream: AsyncIterable<Buffer>, label: string, maxBytes: number): AsyncGenerator<JsonlRecord> {
  let line = 0;
  for await (const bytes of byteLines(stream)) {
    line++;
    const where = `${label}:${line}`;
    if (bytes.length > maxBytes * 2) { yield { line, error: new ClaimScopeError('input.too_large', where) }; continue; }
    let raw: string;
    try { raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes).trim(); } catch { yield { line, error: new ClaimScopeError('input.invalid_utf8', where) }; continue; }
    if (!raw) continue;
    let rec: unknown;
    try { rec = JSON.parse(raw); } catch { yield { line, error: new ClaimScopeError('input.bad_jsonl', `${where}: not JSON`) }; continue; }
    if (typeof rec !== 'object' || rec === null || typeof (rec as { text?: unknown }).text !== 'string') {
      yield { line, error: new ClaimScopeError('input.bad_jsonl', `${where}: needs a string "text"`) }; continue;
    }
    const r = rec as { text: string; published?: unknown; id?: unknown; title?: unknown };
    if (r.published !== undefined && r.published !== null && (typeof r.published !== 'string' || parseIsoDate(r.published) === null)) {
      yield { line, error: new ClaimScopeError('usage.bad_date', `${where}: published must be YYYY-MM-DD`) }; continue;
    }
    if (r.text.trim() === '') { yield { line, error: new ClaimScopeError('input.empty', where) }; continue; }
    if (Buffer.byteLength(r.text) > maxBytes) { yield { line, error: new ClaimScopeError('input.too_large', where) }; continue; }
    yield { line, id: typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : where, text: r.text, published: typeof r.published === 'string' ? r.published : null, title: typeof r.title === 'string' ? r.title : null };
  }
}
