// `claimscope export --format acled-csv|geojson|jsonl [filters] [--db FILE | --database-url URL]`
import { parseArgs } from 'node:util';
import { ClaimScopeError } from '../core/errors.js';
import { parseIsoDate } from '../core/iso-date.js';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../export/stream.js';
import { DEFAULT_EXPORT_STATUS } from '../api/routes/export.js';
import { EVENT_STATUSES, type EventFilter, type EventStatus } from '../store/store.js';
import type { Out } from './main.js';
import { openCliStore, STORE_HELP, STORE_OPTIONS } from './store-options.js';

export const EXPORT_HELP = `claimscope export --format acled-csv|geojson|jsonl [filters]   stored events, streamed
  --country CC --admin1 NAME|CODE --from YYYY-MM-DD --to YYYY-MM-DD --type TYPE --actor NAME
  --status draft,verified,rejected (default: draft,verified) --q WORDS --document SHA256 --scope current|all
${STORE_HELP}`;

export async function exportCommand(argv: string[], out: Out): Promise<number> {
  const { values } = parseArgs({
    args: argv, strict: true,
    options: {
      ...STORE_OPTIONS, format: { type: 'string' }, country: { type: 'string' }, admin1: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
      type: { type: 'string' }, actor: { type: 'string' }, status: { type: 'string' }, q: { type: 'string' }, document: { type: 'string' }, scope: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) { out.write(`${EXPORT_HELP}\n`); return 0; }
  const format = values.format as ExportFormat;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format ?? '')) throw new ClaimScopeError('usage.bad_option', `--format: one of ${EXPORT_FORMATS.join(', ')}`);
  for (const d of [values.from, values.to]) if (d !== undefined && parseIsoDate(d) === null) throw new ClaimScopeError('usage.bad_date', d);
  if (values.country !== undefined && !/^[A-Za-z]{2}$/.test(values.country)) throw new ClaimScopeError('usage.bad_option', '--country takes an ISO 3166-1 alpha-2 code');
  const status = (values.status ?? DEFAULT_EXPORT_STATUS.join(',')).split(',');
  if (!status.every((s) => (EVENT_STATUSES as readonly string[]).includes(s))) throw new ClaimScopeError('usage.bad_option', `--status: some of ${EVENT_STATUSES.join(', ')}`);
  if (values.scope !== undefined && values.scope !== 'current' && values.scope !== 'all') throw new ClaimScopeError('usage.bad_option', '--scope current|all');
  const filter: EventFilter = {
    country: values.country, admin1: values.admin1, from: values.from, to: values.to, type: values.type, actor: values.actor,
    status: status as EventStatus[], q: values.q, documentId: values.document, scope: values.scope as EventFilter['scope'],
  };
  const store = await openCliStore(values);
  try {
    for await (const chunk of exportEvents(store.eachEvent(filter), format)) out.write(chunk);
    return 0;
  } finally {
    await store.close();
  }
}
