// Stored events as an export, written as it is read (large stores never sit in memory): ACLED-style
// CSV (acled-csv.ts, plus the review columns), a GeoJSON FeatureCollection, or JSON Lines.
import { stringify } from 'csv-stringify/sync';
import type { StoredEvent } from '../store/store.js';
import { ACLED_COLUMNS, acledRow } from './acled-csv.js';
import { toFeature } from './geojson.js';

export const EXPORT_FORMATS = ['acled-csv', 'geojson', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  'acled-csv': 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
  jsonl: 'application/x-ndjson',
};

export const STORE_COLUMNS = ['store_id', 'document_sha256', 'review_status', 'edited_fields'] as const;
const COLUMNS = [...ACLED_COLUMNS, ...STORE_COLUMNS];

const source = (s: StoredEvent) => ({ document: { id: s.document.name ?? s.documentId }, pipeline: { fingerprint: s.pipeline } });

export async function* exportEvents(events: AsyncIterable<StoredEvent>, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'jsonl') {
    for await (const s of events) yield `${JSON.stringify(s)}\n`;
    return;
  }
  if (format === 'geojson') {
    yield '{"type":"FeatureCollection","features":[';
    let first = true;
    for await (const s of events) {
      const f = toFeature(s.event, source(s).document.id, { storeId: s.id, documentSha256: s.documentId, status: s.status, edited: s.edited });
      yield `${first ? '' : ','}\n${JSON.stringify(f)}`;
      first = false;
    }
    yield '\n]}\n';
    return;
  }
  yield stringify([], { header: true, columns: COLUMNS });
  for await (const s of events) {
    const row = { ...acledRow(s.event, source(s)), store_id: s.id, document_sha256: s.documentId, review_status: s.status, edited_fields: s.edited.join(' ') };
    yield stringify([row], { columns: COLUMNS, cast: { number: (n) => String(n) } });
  }
}
