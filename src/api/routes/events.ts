// Events: list with filters and totals, one event (ETag = its version), edits with If-Match, verify /
// reject / reopen, and the edit history.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ClaimScopeError } from '../../core/errors.js';
import { parseIsoDate } from '../../core/iso-date.js';
import type { EventPatch, EventQuery, EventStatus, StoredEvent } from '../../store/store.js';
import type { Deps } from '../app.js';
import { EVENT_FILTER, EVENT_LIST_QUERY, EVENT_PATCH, ID_PARAM } from '../schemas.js';
import { BRIEF_COLUMNS } from '../../store/event-brief.js';

export const MAX_BRIEFS = 100_000;
import { writer } from './documents.js';

type ListQuery = Omit<EventQuery, 'status' | 'documentId'> & { status?: string; document?: string };

export function toEventQuery(q: ListQuery): EventQuery {
  const { status, document, ...rest } = q;
  for (const d of [q.from, q.to]) if (d !== undefined && parseIsoDate(d) === null) throw new ClaimScopeError('usage.bad_date', d);
  return { ...rest, ...(status ? { status: status.split(',') as EventStatus[] } : {}), ...(document ? { documentId: document } : {}) };
}

const withEtag = (reply: FastifyReply, e: StoredEvent) => { reply.header('etag', `"${e.version}"`); return e; };

/** If-Match: "3" (or W/"3", or 3) → 3; absent → undefined. */
export function ifMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!m) throw new ClaimScopeError('request.invalid', 'If-Match takes the ETag of the event, e.g. "3"');
  return Number(m[1]);
}

export const eventRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  app.get('/v1/events', {
    config: { role: 'viewer' },
    schema: { tags: ['events'], summary: 'events with filters, paging and totals (current analyses by default)', querystring: EVENT_LIST_QUERY },
  }, async (req) => deps.store.events(toEventQuery(req.query as ListQuery)));

  app.get('/v1/events/brief', {
    config: { role: 'viewer' },
    schema: {
      tags: ['events'], summary: 'every matching event in brief (for maps, timelines and long tables): one row per event under one list of columns, newest first',
      description: `Same filters as /v1/events. Rows follow \`columns\`: ${BRIEF_COLUMNS.join(', ')}. Dates are the event's best day and interval; casualty figures are best estimates (low when no best); \`edited\` is true when people changed a field. At most \`limit\` rows (default and maximum ${MAX_BRIEFS}); \`total\` counts them all.`,
      querystring: { type: 'object', additionalProperties: false, properties: { ...EVENT_FILTER, limit: { type: 'integer', minimum: 1, maximum: MAX_BRIEFS, default: MAX_BRIEFS } } },
    },
  }, async (req) => {
    const { limit, ...filter } = req.query as ListQuery & { limit: number };
    const { rows, total } = await deps.store.eventBriefs(toEventQuery({ ...filter, limit: 0, offset: 0 }), limit);
    return { columns: BRIEF_COLUMNS, rows, total };
  });

  const eventOr404 = async (id: number) => {
    const e = await deps.store.event(id);
    if (!e) throw new ClaimScopeError('event.not_found', String(id));
    return e;
  };

  app.get('/v1/events/:id', {
    config: { role: 'viewer' },
    schema: { tags: ['events'], summary: 'one event as reviewed now (ETag: its version)', params: ID_PARAM },
  }, async (req, reply) => withEtag(reply, await eventOr404((req.params as { id: number }).id)));

  app.patch('/v1/events/:id', {
    config: { role: 'analyst' },
    schema: {
      tags: ['events'], summary: 'edit fields of an event (before/after, who and when are kept); If-Match: "VERSION" refuses a stale edit (412)',
      params: ID_PARAM, body: EVENT_PATCH, headers: { type: 'object', properties: { 'if-match': { type: 'string' } } },
    },
  }, async (req, reply) => {
    const { note, ...patch } = req.body as EventPatch & { note?: string };
    const e = await deps.store.changeEvent((req.params as { id: number }).id, { patch, note, ifVersion: ifMatch(req.headers['if-match']) }, writer(req));
    return withEtag(reply, e);
  });

  for (const [verb, status, action] of [['verify', 'verified', 'verify'], ['reject', 'rejected', 'reject'], ['reopen', 'draft', 'reopen']] as const) {
    app.post(`/v1/events/:id/${verb}`, {
      config: { role: 'analyst' },
      preValidation: async (req) => { req.body ??= {}; }, // a bare POST, with no body, is the common case
      schema: {
        tags: ['events'], summary: `${verb} an event (status ${status}), with an optional note`, params: ID_PARAM,
        body: { type: 'object', additionalProperties: false, properties: { note: { type: 'string', maxLength: 2000 } } },
      },
    }, async (req, reply) => {
      const note = (req.body as { note?: string } | undefined)?.note ?? null;
      const e = await deps.store.changeEvent((req.params as { id: number }).id, { patch: { status }, action, note, ifVersion: ifMatch(req.headers['if-match']) }, writer(req));
      return withEtag(reply, e);
    });
  }

  app.get('/v1/events/:id/history', {
    config: { role: 'viewer' },
    schema: { tags: ['events'], summary: "an event's edits, oldest first: action, who, when, before, after, note", params: ID_PARAM },
  }, async (req) => ({ items: await deps.store.eventHistory((req.params as { id: number }).id) }));
};
