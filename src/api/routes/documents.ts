// Documents: ingest (paste, upload as text, JSON, a batch or JSON Lines), list and search, detail
// with the latest analysis and its reviewed events, analysis history, re-analysis, the
// reduced-exposure reading, and bank matches.
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ClaimScopeError } from '../../core/errors.js';
import type { AnalysisResult } from '../../core/types.js';
import { match } from '../../banks/match.js';
import { jsonlRecords } from '../../cli/io.js';
import { ingestDocument, type IngestRequest } from '../../store/ingest-document.js';
import type { IngestOutcome, WriteContext } from '../../store/store.js';
import type { Deps } from '../app.js';
import { CARRIED_EVENTS, DOC_PARAM, DOCUMENT_IN, ERROR, ID_PARAM, NULLABLE_DATE, PAGE } from '../schemas.js';
import { checkPublished } from './analyze.js';

export const MAX_BATCH = 1000;

export const writer = (req: FastifyRequest): WriteContext => ({ by: `key:${req.apiKey?.id ?? 'none'}` });

type DocIn = { text: string; published?: string | null; title?: string | null; name?: string | null };
type Item = { index: number; error: { code: string; message: string } } | ({ index: number } & IngestOutcome);

async function ingestMany(deps: Deps, docs: AsyncIterable<DocIn | ClaimScopeError>, ctx: WriteContext): Promise<Item[]> {
  const out: Item[] = [];
  const window = new Set<Promise<void>>();
  let index = 0;
  for await (const d of docs) {
    const i = index++;
    if (i >= MAX_BATCH) throw new ClaimScopeError('input.too_large', `at most ${MAX_BATCH} documents a request`);
    if (d instanceof ClaimScopeError) { out.push({ index: i, error: { code: d.code, message: d.message } }); continue; }
    const p = ingestOne(deps, d, ctx)
      .then((o) => { out.push({ index: i, ...o }); }, (e: unknown) => {
        if (!(e instanceof ClaimScopeError)) throw e;
        out.push({ index: i, error: { code: e.code, message: e.message } });
      })
      .finally(() => window.delete(p));
    window.add(p);
    if (window.size >= Math.max(2, deps.analyzer.threads * 2)) await Promise.race(window);
  }
  await Promise.all(window);
  return out.sort((a, b) => a.index - b.index);
}

function ingestOne(deps: Deps, d: DocIn, ctx: WriteContext): Promise<IngestOutcome> {
  const req: IngestRequest = { text: d.text, name: d.name ?? null, title: d.title ?? null, published: checkPublished(d.published) };
  return ingestDocument(deps.store, deps.analyzer, req, ctx);
}

async function* fromJsonl(body: Buffer): AsyncGenerator<DocIn | ClaimScopeError> {
  for await (const rec of jsonlRecords(Readable.from([body]), 'body', 10 * 1024 * 1024)) {
    yield 'error' in rec ? rec.error : { text: rec.text, published: rec.published, title: rec.title, name: rec.id.startsWith('body:') ? null : rec.id };
  }
}

async function* fromArray(docs: DocIn[]): AsyncGenerator<DocIn> { yield* docs; }

export const documentRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  app.post('/v1/documents', {
    config: { role: 'analyst' },
    schema: {
      tags: ['documents'], summary: 'ingest documents: analysed and stored, idempotent by content (sha256 of the UTF-8 text)',
      description: `JSON {text, published?, title?, name?} or {documents: [...]} (at most ${MAX_BATCH}); text/plain with ?published&title&name; JSON Lines (application/x-ndjson), one {"text","published"?,"id"?,"title"?} a line.`,
      querystring: { type: 'object', additionalProperties: false, properties: { published: NULLABLE_DATE, title: { type: 'string', maxLength: 500 }, name: { type: 'string', maxLength: 500 } } },
      body: {
        content: {
          'application/json': { schema: { anyOf: [DOCUMENT_IN, { type: 'object', additionalProperties: false, required: ['documents'], properties: { documents: { type: 'array', minItems: 1, maxItems: MAX_BATCH, items: DOCUMENT_IN } } }] } },
          'text/plain': { schema: { type: 'string' } },
          'application/x-ndjson': { schema: { description: 'JSON Lines: one {"text", "published"?, "id"?, "title"?} a line' } },
        },
      },
      response: { '4xx': ERROR },
    },
  }, async (req, reply) => {
    const ctx = writer(req);
    const q = req.query as { published?: string; title?: string; name?: string };
    const body = req.body as DocIn | { documents: DocIn[] } | string | Buffer;
    if (typeof body === 'string' || (typeof body === 'object' && 'text' in body)) {
      const doc = typeof body === 'string' ? { text: body, published: q.published, title: q.title, name: q.name } : body;
      const outcome = await ingestOne(deps, doc, ctx);
      return reply.status(outcome.status === 'unchanged' ? 200 : 201).send({ document: outcome });
    }
    const results = await ingestMany(deps, Buffer.isBuffer(body) ? fromJsonl(body) : fromArray(body.documents), ctx);
    const summary = { documents: results.length, new: 0, unchanged: 0, reanalysed: 0, failed: 0 };
    for (const r of results) { if ('error' in r) summary.failed++; else summary[r.status]++; }
    return reply.status(summary.new + summary.reanalysed > 0 ? 201 : 200).send({ results, summary });
  });

  app.get('/v1/documents', {
    config: { role: 'viewer' },
    schema: {
      tags: ['documents'], summary: 'documents, most recently changed first, with totals for paging',
      querystring: { type: 'object', additionalProperties: false, properties: { q: { type: 'string', maxLength: 500 }, label: { type: 'string', enum: ['propaganda', 'reporting', 'other'] }, ...PAGE } },
    },
  }, async (req) => deps.store.documents(req.query as { q?: string; label?: AnalysisResult['assessment']['label']; limit: number; offset: number }));

  const documentOr404 = async (id: string) => {
    const d = await deps.store.document(id);
    if (!d) throw new ClaimScopeError('document.not_found', id);
    return d;
  };

  app.get('/v1/documents/:id', {
    config: { role: 'viewer' },
    schema: { tags: ['documents'], summary: 'a document: text, the latest analysis (assessment, fingerprints, events as reviewed) and its analysis history', params: DOC_PARAM },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const document = await documentOr404(id);
    const [analysis, analyses] = await Promise.all([deps.store.analysis(document.latestAnalysis), deps.store.analyses(id)]);
    return { document, analysis, analyses };
  });

  app.get('/v1/documents/:id/analyses', {
    config: { role: 'viewer' },
    schema: { tags: ['documents'], summary: "a document's analyses, oldest first", params: DOC_PARAM },
  }, async (req) => {
    const { id } = req.params as { id: string };
    await documentOr404(id);
    return { items: await deps.store.analyses(id) };
  });

  app.post('/v1/documents/:id/analyses', {
    config: { role: 'analyst' },
    schema: {
      tags: ['documents'], summary: 're-analyse a stored document (another publication date, or after an engine update); history is kept',
      params: DOC_PARAM, body: { type: 'object', additionalProperties: false, properties: { published: NULLABLE_DATE } },
    },
  }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const d = await documentOr404(id);
    const published = (req.body as { published?: string | null } | undefined)?.published;
    const outcome = await ingestOne(deps, { text: d.text, published: published === undefined ? d.published : published, title: d.title }, writer(req));
    return reply.status(outcome.status === 'unchanged' ? 200 : 201).send({ document: outcome });
  });

  app.get('/v1/analyses/:id', {
    config: { role: 'viewer' },
    schema: { tags: ['documents'], summary: 'one analysis as produced, with its events as reviewed', params: ID_PARAM },
  }, async (req) => {
    const { id } = req.params as { id: number };
    const a = await deps.store.analysis(id);
    if (!a) throw new ClaimScopeError('analysis.not_found', String(id));
    return a;
  });

  app.get('/v1/analyses/:id/carried', {
    config: { role: 'viewer' },
    schema: {
      tags: ['documents'], summary: "the reviewed events this analysis took over from the one before (same span): what each carried, and its status now",
      params: ID_PARAM, response: { 200: CARRIED_EVENTS, '4xx': ERROR },
    },
  }, async (req) => {
    const { id } = req.params as { id: number };
    const items = await deps.store.carriedEvents(id);
    if (!items) throw new ClaimScopeError('analysis.not_found', String(id));
    return { items };
  });

  app.get('/v1/documents/:id/neutral', {
    config: { role: 'viewer' },
    schema: { tags: ['documents'], summary: "reduced-exposure reading: the group's wording replaced by neutral renderings, with the offset map", params: DOC_PARAM },
  }, async (req) => {
    const { id } = req.params as { id: string };
    return deps.analyzer.neutral((await documentOr404(id)).text);
  });

  app.get('/v1/documents/:id/matches', {
    config: { role: 'viewer' },
    schema: { tags: ['banks'], summary: 'the document matched against every block bank (allow-banks suppress)', params: DOC_PARAM },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const d = await documentOr404(id);
    const a = await deps.store.analysis(d.latestAnalysis);
    const banks = (await deps.store.banks()).filter((b) => b.kind === 'block').map((b) => b.name);
    return match(deps.store, banks, a!.result.fingerprints);
  });
};
