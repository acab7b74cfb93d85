// One document into the store: checked as text, skipped when this exact analysis is stored already
// (re-runs are cheap), else analysed and written in one transaction (Store.ingest).
import { createHash } from 'node:crypto';
import { ClaimScopeError } from '../core/errors.js';
import { parseIsoDate } from '../core/iso-date.js';
import type { Analyzer, AnalyzeRequest } from '../api/analyzer.js';
import type { IngestOutcome, Store, WriteContext } from './store.js';

export interface IngestRequest { text: string; name: string | null; title: string | null; published: string | null; assessment?: AnalyzeRequest['assessment'] }

const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/g;

/** Text that came through JSON can still hold NULs and control bytes: the same rule as for files. */
export function checkText(text: string, label: string): void {
  if (text.trim().length === 0) throw new ClaimScopeError('input.empty', label);
  if (text.includes('\u0000')) throw new ClaimScopeError('input.binary', label);
  const sample = text.slice(0, 65536);
  const control = sample.match(CONTROL)?.length ?? 0;
  if (control > 0 && control / sample.length > 0.01) throw new ClaimScopeError('input.binary', label);
}

export async function ingestDocument(store: Store, analyzer: Analyzer, req: IngestRequest, ctx: WriteContext): Promise<IngestOutcome> {
  checkText(req.text, req.name ?? 'document');
  if (req.published !== null && parseIsoDate(req.published) === null) throw new ClaimScopeError('usage.bad_date', `published '${req.published}'`);
  const id = createHash('sha256').update(req.text, 'utf8').digest('hex');
  const pipeline = await analyzer.pipeline({ assessment: req.assessment });
  const stored = await store.findAnalysis(id, pipeline, req.published);
  if (stored) {
    if (req.name) await store.addName(id, req.name, ctx);
    return { status: 'unchanged', documentId: id, analysisId: stored.id, events: stored.events };
  }
  const result = await analyzer.analyze(req.text, { id: req.name ?? undefined, published: req.published, title: req.title ?? undefined, assessment: req.assessment });
  return store.ingest({ text: req.text, result, name: req.name, title: req.title, published: req.published }, ctx);
}
