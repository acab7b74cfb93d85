// Request bodies: JSON, plain text and JSON Lines, each read as bytes first so that invalid UTF-8
// and binary content get their codes (422); any other type is refused (415).
import type { FastifyInstance } from 'fastify';
import { ClaimScopeError } from '../core/errors.js';
import { decodeText } from '../cli/io.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export const JSONL_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'];

export function decodeBody(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  const json = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    let text: string;
    try { text = utf8.decode(body as Buffer); } catch { done(new ClaimScopeError('input.invalid_utf8', 'request body'), undefined); return; }
    if (text.trim() === '') { done(new ClaimScopeError('request.bad_json', 'empty body'), undefined); return; }
    json(req, text, (err, value) => done(err ? new ClaimScopeError('request.bad_json', err.message) : null, value));
  });
  app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, (_req, body, done) => {
    try { done(null, decodeText(body as Buffer, 'request body')); } catch (e) { done(e as Error, undefined); }
  });
  // Lines are checked one by one (a bad line is reported, the rest goes on).
  app.addContentTypeParser(JSONL_TYPES, { parseAs: 'buffer' }, (_req, body, done) => { done(null, body); });
}
