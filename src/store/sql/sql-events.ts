// Events on SQL (both backends): the columns filters use, the filter itself, reads, and edits with
// their history.
import { ClaimScopeError } from '../../core/errors.js';
import type { ClaimEvent } from '../../core/types.js';
import type { WriteContext } from '../bank-store.js';
import { applyPatch } from '../event-patch.js';
import { foldForSearch, searchTokens } from '../search-text.js';
import type { CarriedEvent, EditAction, EventChange, EventEdit, EventFilter, EventQuery, EventStatus, Page, StoredEvent } from '../store.js';
import type { Db, Dialect, Param } from './db.js';
import { writeAudit } from './audit.js';
import { actorKey, actorNames, actorQuery, briefOf, type BriefRow, type StoredBrief } from '../event-brief.js';

export interface EventRow {
  id: number; document: string; analysis: number; ordinal: number; status: EventStatus; version: number; edited: string;
  current: number; data: string; created: string; updated: string; pipeline: string; title: string | null; name: string | null;
}

export const EVENT_SELECT = `SELECT e.id, e.document, e.analysis, e.ordinal, e.status, e.version, e.edited, e.current, e.data, e.created, e.updated,
  a.pipeline, d.title, (SELECT min(n.name) FROM document_names n WHERE n.document = e.document) AS name
  FROM events e JOIN analyses a ON a.id = e.analysis JOIN documents d ON d.id = e.document`;

export function toStoredEvent(r: EventRow): StoredEvent {
  return {
    id: r.id, documentId: r.document, analysisId: r.analysis, ordinal: r.ordinal, status: r.status, version: r.version,
    edited: JSON.parse(r.edited) as string[], current: r.current === 1, pipeline: r.pipeline,
    document: { title: r.title, name: r.name }, created: r.created, updated: r.updated, event: JSON.parse(r.data) as ClaimEvent,
  };
}

/** The note of a carry in an event's history: where the status and edits came from. */
export const carryNote = (fromEvent: number): string => `from event ${fromEvent}`;
const carriedFrom = (note: string | null): number | null => {
  const m = /^from event (\d+)$/.exec(note ?? '');
  return m ? Number(m[1]) : null;
};

/** The columns filters read, derived from the event (and the text of its incident, for search). */
export function eventColumns(e: ClaimEvent, text: string) {
  const actors = actorNames(e);
  return {
    country: e.location.country, admin1: e.location.admin1, admin1Code: e.location.admin1Code,
    dateEarliest: e.date.earliest ?? e.date.best, dateLatest: e.date.latest ?? e.date.best, dateBest: e.date.best,
    eventType: e.type.acledEventType, subEventType: e.type.acledSubEventType, attackType: e.type.gtdAttackType,
    actors: actorKey(e),
    brief: JSON.stringify(briefOf(e)),
    search: foldForSearch([e.summary, e.location.name ?? '', e.location.text, ...actors, text.slice(e.span.start, e.span.end)].join(' ')),
  };
}

export const EVENT_COLUMN_NAMES = 'country, admin1, admin1_code, date_earliest, date_latest, date_best, event_type, sub_event_type, attack_type, actors, brief';
/** One placeholder per name of EVENT_COLUMN_NAMES. */
export const EVENT_COLUMN_SLOTS = '?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?';

export function eventColumnValues(c: ReturnType<typeof eventColumns>): Param[] {
  return [c.country, c.admin1, c.admin1Code, c.dateEarliest, c.dateLatest, c.dateBest, c.eventType, c.subEventType, c.attackType, c.actors, c.brief];
}

/** WHERE clause and parameters for a filter on events `e`. */
export function eventWhere(f: EventFilter, dialect: Dialect): { where: string; params: Param[] } {
  const conds: string[] = [];
  const params: Param[] = [];
  if ((f.scope ?? 'current') === 'current') conds.push('e.current = 1');
  if (f.documentId) { conds.push('e.document = ?'); params.push(f.documentId); }
  if (f.country) { conds.push('e.country = ?'); params.push(f.country.toUpperCase()); }
  if (f.admin1) { conds.push('(lower(e.admin1) = ? OR upper(e.admin1_code) = ?)'); params.push(f.admin1.toLowerCase(), f.admin1.toUpperCase()); }
  if (f.from) { conds.push('e.date_latest >= ?'); params.push(f.from); }
  if (f.to) { conds.push('e.date_earliest <= ?'); params.push(f.to); }
  if (f.type) {
    const t = f.type.toLowerCase();
    conds.push('(lower(e.event_type) = ? OR lower(e.sub_event_type) = ? OR lower(e.attack_type) = ?)');
    params.push(t, t, t);
  }
  if (f.actor) {
    const a = actorQuery(f.actor);
    if (a) { conds.push('e.actors LIKE ?'); params.push(`%${a}%`); }
  }
  if (f.status && f.status.length > 0) { conds.push(`e.status IN (${f.status.map(() => '?').join(',')})`); params.push(...f.status); }
  const tokens = f.q ? searchTokens(f.q) : [];
  if (tokens.length > 0) { conds.push(dialect.eventMatch); params.push(dialect.ftsQuery(tokens)); }
  return { where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

const ORDER: Record<NonNullable<EventQuery['sort']>, string> = {
  date: 'e.date_best ASC NULLS LAST, e.id ASC',
  '-date': 'e.date_best DESC NULLS LAST, e.id DESC',
  id: 'e.id ASC',
  '-id': 'e.id DESC',
};

export class SqlEvents {
  constructor(private readonly db: Db, private readonly now: () => string) {}

  events(query: EventQuery): Promise<Page<StoredEvent>> {
    const { where, params } = eventWhere(query, this.db.dialect);
    return this.db.read(async (q) => {
      const total = (await q.get<{ n: number }>(`SELECT count(*) AS n FROM events e ${where}`, params))!.n;
      const rows = await q.all<EventRow>(`${EVENT_SELECT} ${where} ORDER BY ${ORDER[query.sort ?? '-date']} LIMIT ? OFFSET ?`, [...params, query.limit, query.offset]);
      return { items: rows.map(toStoredEvent), total, limit: query.limit, offset: query.offset };
    });
  }

  async *eachEvent(filter: EventFilter): AsyncIterable<StoredEvent> {
    const { where, params } = eventWhere(filter, this.db.dialect);
    const and = where ? `${where} AND` : 'WHERE';
    for (let after = 0; ;) {
      const rows = await this.db.read((q) => q.all<EventRow>(`${EVENT_SELECT} ${and} e.id > ? ORDER BY e.id LIMIT 500`, [...params, after]));
      for (const r of rows) yield toStoredEvent(r);
      if (rows.length < 500) return;
      after = rows[rows.length - 1].id;
    }
  }

  /** Every matching event's brief, newest first, at most `limit` of them, with the total. */
  eventBriefs(filter: EventFilter, limit: number): Promise<{ rows: BriefRow[]; total: number }> {
    const { where, params } = eventWhere(filter, this.db.dialect);
    return this.db.read(async (q) => {
      const total = (await q.get<{ n: number }>(`SELECT count(*) AS n FROM events e ${where}`, params))!.n;
      // Events stored before the brief column existed have none: their brief is made from the event.
      const rows = await q.all<{ id: number; document: string; status: EventStatus; edited: string; actors: string; brief: string | null; data: string | null }>(
        `SELECT e.id, e.document, e.status, e.edited, e.actors, e.brief, CASE WHEN e.brief IS NULL THEN e.data END AS data FROM events e ${where}
         ORDER BY ${ORDER['-date']} LIMIT ?`, [...params, limit]);
      return {
        total,
        rows: rows.map((r): BriefRow => {
          const brief = r.brief !== null ? (JSON.parse(r.brief) as StoredBrief) : briefOf(JSON.parse(r.data!) as ClaimEvent);
          return [Number(r.id), r.document, r.status, ...brief, r.edited !== '[]', r.actors];
        }),
      };
    });
  }

  event(id: number): Promise<StoredEvent | null> {
    return this.db.read(async (q) => {
      const r = await q.get<EventRow>(`${EVENT_SELECT} WHERE e.id = ?`, [id]);
      return r ? toStoredEvent(r) : null;
    });
  }

  eventHistory(id: number): Promise<EventEdit[]> {
    return this.db.read(async (q) => {
      if (!(await q.get('SELECT id FROM events WHERE id = ?', [id]))) throw new ClaimScopeError('event.not_found', String(id));
      const rows = await q.all<{ id: number; event: number; action: EditAction; who: string; at: string; before_json: string | null; after_json: string | null; note: string | null }>(
        'SELECT id, event, action, who, at, before_json, after_json, note FROM event_edits WHERE event = ? ORDER BY id', [id]);
      return rows.map((r) => ({ id: r.id, eventId: r.event, action: r.action, by: r.who, at: r.at, before: r.before_json ? JSON.parse(r.before_json) : null, after: r.after_json ? JSON.parse(r.after_json) : null, note: r.note }));
    });
  }

  carriedEvents(analysisId: number): Promise<CarriedEvent[] | null> {
    return this.db.read(async (q) => {
      if (!(await q.get('SELECT id FROM analyses WHERE id = ?', [analysisId]))) return null;
      const rows = await q.all<{ event: number; ordinal: number; status: EventStatus; data: string; who: string; at: string; after_json: string; note: string | null }>(
        `SELECT x.event, e.ordinal, e.status, e.data, x.who, x.at, x.after_json, x.note FROM event_edits x JOIN events e ON e.id = x.event
         WHERE e.analysis = ? AND x.action = 'carry' ORDER BY e.ordinal`, [analysisId]);
      return rows.map((r) => ({
        eventId: r.event, ordinal: r.ordinal, summary: (JSON.parse(r.data) as ClaimEvent).summary, from: carriedFrom(r.note),
        carried: JSON.parse(r.after_json) as CarriedEvent['carried'], status: r.status, at: r.at, by: r.who,
      }));
    });
  }

  changeEvent(id: number, change: EventChange, ctx: WriteContext): Promise<StoredEvent> {
    return this.db.tx(async (q) => {
      const row = await q.get<{ data: string; status: EventStatus; version: number; edited: string; document: string }>(
        `SELECT data, status, version, edited, document FROM events WHERE id = ?${this.db.dialect.forUpdate}`, [id]);
      if (!row) throw new ClaimScopeError('event.not_found', String(id));
      if (change.ifVersion !== undefined && change.ifVersion !== row.version) throw new ClaimScopeError('event.version_conflict', `event ${id} is at version ${row.version}`);
      const { status: nextStatus = row.status, ...patch } = change.patch;
      const applied = applyPatch(JSON.parse(row.data) as ClaimEvent, patch);
      if (nextStatus !== row.status) { applied.fields.push('status'); applied.before.status = row.status; applied.after.status = nextStatus; }
      if (applied.fields.length > 0) {
        const at = this.now();
        const edited = [...new Set([...(JSON.parse(row.edited) as string[]), ...applied.fields.filter((f) => f !== 'status')])];
        const doc = await q.get<{ text: string }>('SELECT text FROM documents WHERE id = ?', [row.document]);
        const cols = eventColumns(applied.event, doc!.text);
        await q.run(`UPDATE events SET data = ?, status = ?, version = version + 1, edited = ?, updated = ?, (${EVENT_COLUMN_NAMES}) = (${EVENT_COLUMN_SLOTS}) WHERE id = ?`,
          [JSON.stringify(applied.event), nextStatus, JSON.stringify(edited), at, ...eventColumnValues(cols), id]);
        await q.run(...this.db.dialect.setEventSearch(id, cols.search));
        const action: EditAction = change.action ?? (applied.fields.length === 1 && applied.fields[0] === 'status' ? statusAction(nextStatus) : 'edit');
        await q.run('INSERT INTO event_edits (event, action, who, at, before_json, after_json, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [id, action, ctx.by, at, JSON.stringify(applied.before), JSON.stringify(applied.after), change.note ?? null]);
        await writeAudit(q, ctx, { action: `event.${action}`, target: `event:${id}`, before: applied.before, after: applied.after }, at);
      }
      return toStoredEvent((await q.get<EventRow>(`${EVENT_SELECT} WHERE e.id = ?`, [id]))!);
    });
  }
}

const statusAction = (s: EventStatus): EditAction => (s === 'verified' ? 'verify' : s === 'rejected' ? 'reject' : 'reopen');
