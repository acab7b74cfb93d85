// `claimscope analyze FILE…|- [--published DATE] [--format json|jsonl|csv|geojson] [--input text|jsonl]`
import { parseArgs } from 'node:util';
import { createReadStream } from 'node:fs';
import { analyze, analyzeBatch, type BatchDocument } from '../analyze.js';
import { resolveOptions } from '../core/options.js';
import { ClaimScopeError } from '../core/errors.js';
import { parseIsoDate } from '../core/iso-date.js';
import type { AnalysisResult } from '../core/types.js';
import { acledCsv } from '../export/acled-csv.js';
import { toFeatures, type Feature } from '../export/geojson.js';
import { DEFAULT_MAX_BYTES, decodeText, errorLine, jsonlRecords, readDocument, readDocumentHead, readStdin } from './io.js';

export const ANALYZE_HELP = `claimscope analyze FILE…|- [options]

  --published YYYY-MM-DD   publication date: resolves Hijri years, weekdays and "yesterday"
  --format FORMAT          json (default for one document), jsonl (default for several), csv (ACLED-style
                           rows, one per event), geojson (one FeatureCollection of all events)
  --input text|jsonl       jsonl: each line {"text", "published"?, "id"?} (batch)
  --max-bytes N            size limit per document (default ${DEFAULT_MAX_BYTES})
  --compact                json without indentation
  --threshold P            assessment score at or above which a text with enough voice signals is
                           labelled propaganda (default 0.5)
  --review-threshold P     assessment score at or above which review by a person is recommended (default 0.3)`;

interface Out { write(s: string): void; error(s: string): void }

const BATCH = 32;

function checkDate(d: string | undefined): string | null {
  if (d === undefined) return null;
  if (parseIsoDate(d) === null) throw new ClaimScopeError('usage.bad_date', `--published ${d}`);
  return d;
}

export async function analyzeCommand(argv: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true, strict: true,
    options: {
      published: { type: 'string' }, format: { type: 'string' }, input: { type: 'string', default: 'text' },
      'max-bytes': { type: 'string' }, compact: { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
      threshold: { type: 'string' }, 'review-threshold': { type: 'string' },
    },
  });
  if (values.help) { out.write(`${ANALYZE_HELP}\n`); return 0; }
  if (positionals.length === 0) throw new ClaimScopeError('usage.bad_option', 'analyze needs a FILE or - for standard input');
  const published = checkDate(values.published);
  const maxBytes = values['max-bytes'] !== undefined ? Number(values['max-bytes']) : DEFAULT_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new ClaimScopeError('usage.bad_option', '--max-bytes takes a positive whole number');
  if (values.input !== 'text' && values.input !== 'jsonl') throw new ClaimScopeError('usage.bad_option', `--input ${values.input}; choices: text, jsonl`);
  const assessment = {
    ...(values.threshold !== undefined ? { threshold: Number(values.threshold) } : {}),
    ...(values['review-threshold'] !== undefined ? { reviewThreshold: Number(values['review-threshold']) } : {}),
  };
  resolveOptions({ assessment }); // bad thresholds fail here, before any document is read
  const batch = values.input === 'jsonl' || positionals.length > 1;
  const format = values.format ?? (batch ? 'jsonl' : 'json');
  if (!['json', 'jsonl', 'csv', 'geojson'].includes(format)) throw new ClaimScopeError('usage.bad_option', `--format ${format}; choices: json, jsonl, csv, geojson`);
  if (format === 'json' && batch) throw new ClaimScopeError('usage.bad_option', 'several documents are written as --format jsonl, csv or geojson');

  let csvHeader = true;
  const features: Feature[] = [];
  const emit = (r: AnalysisResult) => {
    if (format === 'csv') { out.write(acledCsv([r], csvHeader)); csvHeader = false; }
    else if (format === 'geojson') features.push(...toFeatures(r));
    else out.write(format === 'jsonl' || values.compact ? `${JSON.stringify(r)}\n` : `${JSON.stringify(r, null, 2)}\n`);
  };
  const finish = (code: number) => {
    if (format === 'geojson') out.write(`${JSON.stringify({ type: 'FeatureCollection', features })}\n`);
    else if (format === 'csv' && csvHeader) out.write(acledCsv([], true));
    return code;
  };
  let failures = 0;
  const fail = (e: ClaimScopeError) => { failures++; out.error(errorLine(e)); };

  for (const path of positionals) {
    const label = path === '-' ? 'stdin' : path;
    if (values.input === 'jsonl') {
      let stream: AsyncIterable<Buffer>;
      if (path === '-') stream = process.stdin as AsyncIterable<Buffer>;
      else {
        try { readDocumentHead(path); } catch (e) { if (e instanceof ClaimScopeError) { fail(e); continue; } throw e; }
        stream = createReadStream(path) as AsyncIterable<Buffer>;
      }
      // Records are analysed in batches (stage by stage: faster), written in input order.
      let pending: BatchDocument[] = [];
      const flush = () => { for (const r of analyzeBatch(pending)) emit(r); pending = []; };
      for await (const rec of jsonlRecords(stream, label, maxBytes)) {
        if ('error' in rec) { flush(); fail(rec.error); continue; }
        pending.push({ text: rec.text, options: { id: rec.id, published: rec.published ?? published, assessment } });
        if (pending.length === BATCH) flush();
      }
      flush();
      continue;
    }
    try {
      const text = path === '-' ? decodeText(await readStdin(maxBytes), label) : readDocument(path, maxBytes);
      emit(analyze(text, { id: label, published, assessment }));
    } catch (e) {
      if (e instanceof ClaimScopeError && positionals.length > 1) { fail(e); continue; }
      throw e;
    }
  }
  return finish(failures > 0 ? 2 : 0);
}

