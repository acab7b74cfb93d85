// The Store on SQL, for both backends (the driver and its Dialect make the difference): documents,
// analyses with their history, events (sql-events.ts), banks (sql-banks.ts), keys and the audit log.
//
// Re-analysis: a document's analyses are kept; the latest one's events are current. An event of the
// new analysis at the same span as a reviewed event of the one before (verified, rejected or edited)
// takes over its status and edited fields, and its history says so ('carry'); nothing people did is
// dropped, and the earlier events stay readable with scope=all.
import type { AnalysisResult, ClaimEvent } from '../../core/types.js';
import type { BankItem, BankKind, BankThresholds, Checkpoint, ItemStatus, NewBankItem, WriteContext } from '../bank-store.js';
import { carryEdits } from '../event-patch.js';
import { foldForSearch, searchTokens } from '../search-text.js';
import type {
  AnalysisRecord, AnalysisSummary, ApiKeyRecord, AuditEntry, AuditQuery, DocumentDetail, DocumentQuery, DocumentSummary, EventChange,
  EventFilter, EventQuery, EventStatus, IngestInput, IngestOutcome, Page, Role, Store, StoreStats,
} from '../store.js';
import type { Db, Param, Query } from './db.js';
import { writeAudit } from './audit.js';
import { SqlBanks } from './sql-banks.js';
import { EVENT_COLUMN_NAMES, EVENT_COLUMN_SLOTS, EVENT_SELECT, SqlEvents, carryNote, eventColumnValues, eventColumns, toStoredEvent, type EventRow } from './sql-events.js';

interface DocRow {
  id: string; title: string | null; published: string | null; chars: number; language: string; label: AnalysisResult['assessment']['label'];
  score: number; events: number; analyses: number; latest_analysis: number; ingested: string; updated: string; text?: string;
}
const DOC_COLUMNS = 'd.id, d.title, d.published, d.chars, d.language, d.label, d.score, d.events, d.analyses, d.latest_analysis, d.ingested, d.updated';

interface KeyRow { id: string; hash: string; name: string; role: Role; created: string; created_by: string; revoked: string | null }
const toKey = (r: KeyRow): ApiKeyRecord => ({ id: r.id, name: r.name, role: r.role, created: r.created, createdBy: r.created_by, revoked: r.revoked });

const spanKey = (e: ClaimEvent) => `${e.span.start}-${e.span.end}`;

export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  private readonly bankPart: SqlBanks;
  private readonly eventPart: SqlEvents;

  constructor(readonly db: Db) {
    this.kind = db.dialect.name;
    this.bankPart = new SqlBanks(db);
    this.eventPart = new SqlEvents(db, () => this.bankPart.now());
  }

  // ---- documents and analyses

  async ingest(input: IngestInput, ctx: WriteContext): Promise<IngestOutcome> {
    const { result, text } = input;
    const id = result.fingerprints.sha256;
    const pipeline = result.pipeline.fingerprint;
    const publishedKey = input.published ?? '';
    const columns = result.events.map((e) => eventColumns(e, text)); // outside the transaction: CPU work
    const resultJson = JSON.stringify(result);
    const dialect = this.db.dialect;
    return this.db.tx(async (q) => {
      const at = this.bankPart.now();
      await q.run(`INSERT INTO documents (id, text, chars, language, title, published, label, score, events, analyses, latest_analysis, ingested, updated)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?) ON CONFLICT (id) DO NOTHING`,
      [id, text, text.length, result.document.language, input.title, input.published, result.assessment.label, result.assessment.score, at, at]);
      const doc = (await q.get<{ seq: number; analyses: number; title: string | null }>(`SELECT seq, analyses, title FROM documents WHERE id = ?${dialect.forUpdate}`, [id]))!;
      const nameAdded = input.name ? await q.run('INSERT INTO document_names (document, name, added) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [id, input.name, at]) : 0;
      const existing = await q.get<{ id: number; events: number }>('SELECT id, events FROM analyses WHERE document = ? AND pipeline = ? AND published_key = ?', [id, pipeline, publishedKey]);
      if (existing) {
        if (nameAdded > 0) await writeAudit(q, ctx, { action: 'document.name', target: `document:${id}`, after: { name: input.name } }, at);
        return { status: 'unchanged', documentId: id, analysisId: existing.id, events: existing.events };
      }
      const analysisId = (await q.get<{ id: number }>(`INSERT INTO analyses (document, pipeline, published_key, published, result, events, created, who)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, [id, pipeline, publishedKey, input.published, resultJson, result.events.length, at, ctx.by]))!.id;
      const reviewed = new Map<string, { id: number; event: ClaimEvent; status: EventStatus; edited: string[] }>();
      if (doc.analyses > 0) {
        for (const r of await q.all<{ id: number; data: string; status: EventStatus; edited: string }>(
          "SELECT id, data, status, edited FROM events WHERE document = ? AND current = 1 AND (status <> 'draft' OR edited <> '[]')", [id])) {
          const event = JSON.parse(r.data) as ClaimEvent;
          reviewed.set(spanKey(event), { id: r.id, event, status: r.status, edited: JSON.parse(r.edited) as string[] });
        }
        await q.run('UPDATE events SET current = 0 WHERE document = ? AND current = 1', [id]);
      }
      for (let i = 0; i < result.events.length; i++) {
        const prior = reviewed.get(spanKey(result.events[i]));
        const event = prior ? carryEdits(prior.event, result.events[i], prior.edited) : result.events[i];
        const cols = prior ? eventColumns(event, text) : columns[i];
        const eventId = (await q.get<{ id: number }>(`INSERT INTO events (analysis, document, ordinal, current, status, version, edited, data, created, updated, ${EVENT_COLUMN_NAMES})
          VALUES (?, ?, ?, 1, ?, 1, ?, ?, ?, ?, ${EVENT_COLUMN_SLOTS}) RETURNING id`,
        [analysisId, id, i, prior?.status ?? 'draft', JSON.stringify(prior?.edited ?? []), JSON.stringify(event), at, at, ...eventColumnValues(cols)]))!.id;
        await q.run(...dialect.setEventSearch(eventId, cols.search));
        if (prior) {
          await q.run('INSERT INTO event_edits (event, action, who, at, before_json, after_json, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [eventId, 'carry', ctx.by, at, null, JSON.stringify({ status: prior.status, edited: prior.edited }), carryNote(prior.id)]);
        }
      }
      const title = input.title ?? doc.title;
      await q.run(`UPDATE documents SET title = ?, published = ?, language = ?, label = ?, score = ?, events = ?, analyses = analyses + 1,
        latest_analysis = ?, updated = ? WHERE id = ?`,
      [title, input.published, result.document.language, result.assessment.label, result.assessment.score, result.events.length, analysisId, at, id]);
      if (doc.analyses === 0) await q.run(...dialect.setDocumentSearch(doc.seq, foldForSearch(`${title ?? ''} ${input.name ?? ''} ${text}`)));
      const status = doc.analyses === 0 ? 'new' : 'reanalysed';
      await writeAudit(q, ctx, { action: status === 'new' ? 'document.ingest' : 'document.reanalyse', target: `document:${id}`,
        after: { analysis: analysisId, pipeline, published: input.published, events: result.events.length, name: input.name } }, at);
      return { status, documentId: id, analysisId, events: result.events.length };
    });
  }

  findAnalysis(documentId: string, pipeline: string, published: string | null): Promise<{ id: number; events: number } | null> {
    return this.db.read(async (q) => (await q.get<{ id: number; events: number }>('SELECT id, events FROM analyses WHERE document = ? AND pipeline = ? AND published_key = ?', [documentId, pipeline, published ?? ''])) ?? null);
  }

  addName(documentId: string, name: string, ctx: WriteContext): Promise<boolean> {
    return this.db.tx(async (q) => {
      if (!(await q.get('SELECT id FROM documents WHERE id = ?', [documentId]))) return false;
      const at = this.bankPart.now();
      const added = await q.run('INSERT INTO document_names (document, name, added) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [documentId, name, at]);
      if (added > 0) await writeAudit(q, ctx, { action: 'document.name', target: `document:${documentId}`, after: { name } }, at);
      return added > 0;
    });
  }

  private async withNames(q: Query, rows: DocRow[]): Promise<DocumentSummary[]> {
    const names = new Map<string, string[]>();
    if (rows.length > 0) {
      for (const n of await q.all<{ document: string; name: string }>(`SELECT document, name FROM document_names WHERE document IN (${rows.map(() => '?').join(',')}) ORDER BY name`, rows.map((r) => r.id))) {
        names.set(n.document, [...(names.get(n.document) ?? []), n.name]);
      }
    }
    return rows.map((r) => ({
      id: r.id, title: r.title, names: names.get(r.id) ?? [], published: r.published, chars: r.chars, language: r.language, label: r.label,
      score: r.score, events: r.events, analyses: r.analyses, latestAnalysis: r.latest_analysis, ingested: r.ingested, updated: r.updated,
    }));
  }

  document(id: string): Promise<DocumentDetail | null> {
    return this.db.read(async (q) => {
      const r = await q.get<DocRow & { text: string }>(`SELECT ${DOC_COLUMNS}, d.text FROM documents d WHERE d.id = ?`, [id]);
      if (!r) return null;
      const [summary] = await this.withNames(q, [r]);
      return { ...summary, text: r.text };
    });
  }

  documents(query: DocumentQuery): Promise<Page<DocumentSummary>> {
    const conds: string[] = [];
    const params: Param[] = [];
    if (query.label) { conds.push('d.label = ?'); params.push(query.label); }
    const tokens = query.q ? searchTokens(query.q) : [];
    if (tokens.length > 0) { conds.push(this.db.dialect.documentMatch); params.push(this.db.dialect.ftsQuery(tokens)); }
    const where = conds.length ? `WHERE ${conds.join(' AND ')}` : '';
    return this.db.read(async (q) => {
      const total = (await q.get<{ n: number }>(`SELECT count(*) AS n FROM documents d ${where}`, params))!.n;
      const rows = await q.all<DocRow>(`SELECT ${DOC_COLUMNS} FROM documents d ${where} ORDER BY d.updated DESC, d.seq DESC LIMIT ? OFFSET ?`, [...params, query.limit, query.offset]);
      return { items: await this.withNames(q, rows), total, limit: query.limit, offset: query.offset };
    });
  }

  analyses(documentId: string): Promise<AnalysisSummary[]> {
    return this.db.read(async (q) => {
      const rows = await q.all<{ id: number; document: string; pipeline: string; published: string | null; events: number; created: string; who: string; latest: number }>(
        `SELECT a.id, a.document, a.pipeline, a.published, a.events, a.created, a.who, CASE WHEN d.latest_analysis = a.id THEN 1 ELSE 0 END AS latest
         FROM analyses a JOIN documents d ON d.id = a.document WHERE a.document = ? ORDER BY a.id`, [documentId]);
      return rows.map((r) => ({ id: r.id, documentId: r.document, pipeline: r.pipeline, published: r.published, events: r.events, created: r.created, by: r.who, latest: r.latest === 1 }));
    });
  }

  analysis(id: number): Promise<AnalysisRecord | null> {
    return this.db.read(async (q) => {
      const r = await q.get<{ id: number; document: string; pipeline: string; published: string | null; events: number; created: string; who: string; result: string; latest: number }>(
        `SELECT a.id, a.document, a.pipeline, a.published, a.events, a.created, a.who, a.result, CASE WHEN d.latest_analysis = a.id THEN 1 ELSE 0 END AS latest
         FROM analyses a JOIN documents d ON d.id = a.document WHERE a.id = ?`, [id]);
      if (!r) return null;
      const events = await q.all<EventRow>(`${EVENT_SELECT} WHERE e.analysis = ? ORDER BY e.ordinal`, [id]);
      return {
        id: r.id, documentId: r.document, pipeline: r.pipeline, published: r.published, events: r.events, created: r.created, by: r.who,
        latest: r.latest === 1, result: JSON.parse(r.result) as AnalysisResult, reviewed: events.map(toStoredEvent),
      };
    });
  }

  // ---- events

  events(query: EventQuery) { return this.eventPart.events(query); }
  eachEvent(filter: EventFilter) { return this.eventPart.eachEvent(filter); }
  eventBriefs(filter: EventFilter, limit: number) { return this.eventPart.eventBriefs(filter, limit); }
  event(id: number) { return this.eventPart.event(id); }
  changeEvent(id: number, change: EventChange, ctx: WriteContext) { return this.eventPart.changeEvent(id, change, ctx); }
  eventHistory(id: number) { return this.eventPart.eventHistory(id); }
  carriedEvents(analysisId: number) { return this.eventPart.carriedEvents(analysisId); }

  // ---- keys and audit

  createKey(key: { id: string; hash: string; name: string; role: Role }, ctx: WriteContext): Promise<ApiKeyRecord> {
    return this.db.tx(async (q) => {
      const at = this.bankPart.now();
      await q.run('INSERT INTO api_keys (id, hash, name, role, created, created_by, revoked) VALUES (?, ?, ?, ?, ?, ?, NULL)', [key.id, key.hash, key.name, key.role, at, ctx.by]);
      const record: ApiKeyRecord = { id: key.id, name: key.name, role: key.role, created: at, createdBy: ctx.by, revoked: null };
      await writeAudit(q, ctx, { action: 'key.create', target: `key:${key.id}`, after: record }, at);
      return record;
    });
  }

  keyForAuth(id: string): Promise<{ record: ApiKeyRecord; hash: string } | null> {
    return this.db.read(async (q) => {
      const r = await q.get<KeyRow>('SELECT * FROM api_keys WHERE id = ?', [id]);
      return r ? { record: toKey(r), hash: r.hash } : null;
    });
  }

  keys(): Promise<ApiKeyRecord[]> {
    return this.db.read(async (q) => (await q.all<KeyRow>('SELECT * FROM api_keys ORDER BY created, id')).map(toKey));
  }

  revokeKey(id: string, ctx: WriteContext): Promise<ApiKeyRecord | null> {
    return this.db.tx(async (q) => {
      const r = await q.get<KeyRow>(`SELECT * FROM api_keys WHERE id = ?${this.db.dialect.forUpdate}`, [id]);
      if (!r) return null;
      if (r.revoked) return toKey(r);
      const at = this.bankPart.now();
      await q.run('UPDATE api_keys SET revoked = ? WHERE id = ?', [at, id]);
      await writeAudit(q, ctx, { action: 'key.revoke', target: `key:${id}`, before: { revoked: null }, after: { revoked: at } }, at);
      return { ...toKey(r), revoked: at };
    });
  }

  audit(entry: { action: string; target: string; before?: unknown; after?: unknown }, ctx: WriteContext): Promise<void> {
    return this.db.tx((q) => writeAudit(q, ctx, entry, this.bankPart.now()));
  }

  auditLog(query: AuditQuery): Promise<Page<AuditEntry>> {
    const conds: string[] = [];
    const params: Param[] = [];
    if (query.action) { conds.push('action = ?'); params.push(query.action); }
    if (query.target) { conds.push('target = ?'); params.push(query.target); }
    const where = conds.length ? `WHERE ${conds.join(' AND ')}` : '';
    return this.db.read(async (q) => {
      const total = (await q.get<{ n: number }>(`SELECT count(*) AS n FROM audit ${where}`, params))!.n;
      const rows = await q.all<{ id: number; at: string; who: string; action: string; target: string; before_json: string | null; after_json: string | null }>(
        `SELECT * FROM audit ${where} ORDER BY id DESC LIMIT ? OFFSET ?`, [...params, query.limit, query.offset]);
      const items = rows.map((r) => ({ id: r.id, at: r.at, by: r.who, action: r.action, target: r.target, before: r.before_json ? JSON.parse(r.before_json) : null, after: r.after_json ? JSON.parse(r.after_json) : null }));
      return { items, total, limit: query.limit, offset: query.offset };
    });
  }

  auditActions(): Promise<{ action: string; count: number }[]> {
    return this.db.read((q) => q.all<{ action: string; count: number }>('SELECT action, count(*) AS count FROM audit GROUP BY action ORDER BY action'));
  }

  stats(): Promise<StoreStats> {
    return this.db.read(async (q) => {
      const count = async (sql: string) => (await q.get<{ n: number }>(sql))!.n;
      const events: Record<EventStatus, number> = { draft: 0, verified: 0, rejected: 0 };
      for (const r of await q.all<{ status: EventStatus; n: number }>('SELECT status, count(*) AS n FROM events WHERE current = 1 GROUP BY status')) events[r.status] = r.n;
      return {
        documents: await count('SELECT count(*) AS n FROM documents'), analyses: await count('SELECT count(*) AS n FROM analyses'),
        events, banks: await count('SELECT count(*) AS n FROM banks'), bankItems: await count("SELECT count(*) AS n FROM items WHERE status = 'active'"),
      };
    });
  }

  // ---- banks

  createBank(name: string, kind: BankKind, thresholds?: Partial<BankThresholds>, ctx?: WriteContext) { return this.bankPart.createBank(name, kind, thresholds, ctx); }
  bank(name: string) { return this.bankPart.bank(name); }
  banks() { return this.bankPart.banks(); }
  putItem(item: NewBankItem, ctx?: WriteContext) { return this.bankPart.putItem(item, ctx); }
  putItems(items: readonly (NewBankItem & { kind?: BankKind })[], ctx?: WriteContext) { return this.bankPart.putItems(items, ctx); }
  setStatus(bank: string, id: string, status: ItemStatus, ctx?: WriteContext): Promise<BankItem | null> { return this.bankPart.setStatus(bank, id, status, ctx); }
  item(bank: string, id: string) { return this.bankPart.item(bank, id); }
  exact(banks: readonly string[], signals: { sha256?: string; md5?: string; normalizedSha256?: string }) { return this.bankPart.exact(banks, signals); }
  lshCandidates(banks: readonly string[], keys: readonly number[]) { return this.bankPart.lshCandidates(banks, keys); }
  changes(bank: string, after: Checkpoint | null, limit?: number) { return this.bankPart.changes(bank, after, limit); }

  close(): Promise<void> { return this.db.close(); }
}
