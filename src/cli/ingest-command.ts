// `claimscope ingest PATH… [--published DATE] [--db FILE | --database-url URL]`: files, folders
// (their .txt and .jsonl files, recursively) and JSON Lines into the store. Each document is one
// transaction, so an interrupted run keeps what it finished and a re-run skips it.
import { parseArgs } from 'node:util';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimScopeError } from '../core/errors.js';
import { parseIsoDate } from '../core/iso-date.js';
import { inProcessAnalyzer, poolAnalyzer, type Analyzer } from '../api/analyzer.js';
import { ingestDocument, type IngestRequest } from '../store/ingest-document.js';
import type { IngestStatus } from '../store/store.js';
import { describeLocation } from '../store/open.js';
import { DEFAULT_MAX_BYTES, errorLine, jsonlRecords, readDocument, readDocumentHead } from './io.js';
import { cliContext, openCliStore, STORE_HELP, STORE_OPTIONS } from './store-options.js';
import type { Out } from './main.js';
import { progressBar } from './progress.js';

export const INGEST_HELP = `claimscope ingest PATH… [options]   files, folders (their .txt and .jsonl files, recursively), JSON Lines
  --published YYYY-MM-DD   publication date of text files (a JSON Lines record's own "published" wins)
  --max-bytes N            size limit per document (default ${DEFAULT_MAX_BYTES})
  --threads N              analyse in N worker threads (default 0: in this thread)
${STORE_HELP}
  prints a JSON summary at the end; a progress bar on a terminal; exit 2 when any input was bad`;

export const FOLDER_EXTENSIONS = ['.txt', '.jsonl'];

interface Input { path: string; bytes: number }

/** The files a path names: itself, or a folder's .txt and .jsonl files (hidden ones skipped), sorted. */
export function listInputs(path: string): Input[] {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) throw new ClaimScopeError('input.missing_file', path);
  if (!st.isDirectory()) return [{ path, bytes: st.size }];
  const out: Input[] = [];
  for (const name of readdirSync(path).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(path, name);
    const s = statSync(p, { throwIfNoEntry: false });
    if (s?.isDirectory()) out.push(...listInputs(p));
    else if (s?.isFile() && FOLDER_EXTENSIONS.some((x) => name.endsWith(x))) out.push({ path: p, bytes: s.size });
  }
  return out;
}

export interface IngestSummary { inputs: number; documents: number; new: number; unchanged: number; reanalysed: number; events: number; failed: number; interrupted: boolean; seconds: number; store: string }

export async function ingestCommand(argv: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true, strict: true,
    options: { ...STORE_OPTIONS, published: { type: 'string' }, 'max-bytes': { type: 'string' }, threads: { type: 'string', default: '0' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) { out.write(`${INGEST_HELP}\n`); return 0; }
  if (positionals.length === 0) throw new ClaimScopeError('usage.bad_option', 'ingest needs a FILE or FOLDER');
  const published = values.published ?? null;
  if (published !== null && parseIsoDate(published) === null) throw new ClaimScopeError('usage.bad_date', `--published ${published}`);
  const maxBytes = values['max-bytes'] !== undefined ? Number(values['max-bytes']) : DEFAULT_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new ClaimScopeError('usage.bad_option', '--max-bytes takes a positive whole number');
  const threads = Number(values.threads);
  if (!Number.isInteger(threads) || threads < 0 || threads > 64) throw new ClaimScopeError('usage.bad_option', '--threads takes a whole number from 0 to 64');

  const summary: IngestSummary = { inputs: 0, documents: 0, new: 0, unchanged: 0, reanalysed: 0, events: 0, failed: 0, interrupted: false, seconds: 0, store: describeLocation({ db: values.db, databaseUrl: values['database-url'] }) };
  const fail = (e: ClaimScopeError) => { summary.failed++; out.error(errorLine(e)); };
  const inputs: Input[] = [];
  for (const p of positionals) {
    try { inputs.push(...listInputs(p)); } catch (e) { if (e instanceof ClaimScopeError) fail(e); else throw e; }
  }
  summary.inputs = inputs.length;
  const total = inputs.reduce((n, i) => n + i.bytes, 0);
  const bar = progressBar(total);
  let stop = false;
  const onSignal = () => { stop = true; summary.interrupted = true; };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const started = performance.now();
  const store = await openCliStore(values);
  const analyzer: Analyzer = threads > 0 ? poolAnalyzer(threads) : inProcessAnalyzer();
  const ctx = cliContext();
  const count = (status: IngestStatus, events: number) => { summary.documents++; summary[status]++; if (status !== 'unchanged') summary.events += events; };
  const one = async (req: IngestRequest) => {
    try {
      const o = await ingestDocument(store, analyzer, req, ctx);
      count(o.status, o.events);
    } catch (e) {
      if (e instanceof ClaimScopeError) fail(e); else throw e;
    }
  };
  let done = 0;
  // Documents from every input in order; a file's bytes count as done once its last document is handed out.
  async function* documents(): AsyncGenerator<IngestRequest | ClaimScopeError> {
    for (const input of inputs) {
      if (input.path.endsWith('.jsonl')) {
        try { readDocumentHead(input.path); } catch (e) { if (e instanceof ClaimScopeError) { yield e; continue; } throw e; }
        for await (const rec of jsonlRecords(createReadStream(input.path), input.path, maxBytes)) {
          yield 'error' in rec ? rec.error : { text: rec.text, name: `${input.path}#${rec.id}`, title: rec.title, published: rec.published ?? published };
        }
      } else {
        try { yield { text: readDocument(input.path, maxBytes), name: input.path, title: null, published }; } catch (e) { if (e instanceof ClaimScopeError) yield e; else throw e; }
      }
      done += input.bytes;
    }
  }
  try {
    // A window of documents in flight keeps the worker threads busy; in this thread, one at a time.
    const pending = new Set<Promise<void>>();
    for await (const doc of documents()) {
      if (stop) break;
      if (doc instanceof ClaimScopeError) { fail(doc); continue; }
      const p = one(doc).finally(() => { pending.delete(p); bar.update(done, `${summary.documents} documents, ${summary.failed} failed`); });
      pending.add(p);
      if (pending.size >= Math.max(1, threads * 2)) await Promise.race(pending);
    }
    await Promise.all(pending);
  } finally {
    bar.done();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await analyzer.close();
    await store.close();
  }
  summary.seconds = Math.round((performance.now() - started) / 100) / 10;
  out.write(`${JSON.stringify(summary)}\n`);
  return summary.interrupted ? 130 : summary.failed > 0 ? 2 : 0;
}
