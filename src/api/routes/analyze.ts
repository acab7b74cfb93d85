// POST /v1/analyze: one document → the output contract v1, not stored. JSON or plain text.
import type { FastifyInstance } from 'fastify';
import { ClaimScopeError } from '../../core/errors.js';
import { parseIsoDate } from '../../core/iso-date.js';
import { checkText } from '../../store/ingest-document.js';
import type { Deps } from '../app.js';
import { ASSESSMENT_OPTIONS, ERROR, NULLABLE_DATE } from '../schemas.js';

export function checkPublished(p: string | null | undefined): string | null {
  if (p === undefined || p === null) return null;
  if (parseIsoDate(p) === null) throw new ClaimScopeError('usage.bad_date', `published '${p}'`);
  return p;
}

interface AnalyzeJson { text: string; published?: string | null; id?: string; title?: string; assessment?: { threshold?: number; reviewThreshold?: number } }
interface AnalyzeQuery { published?: string; id?: string; title?: string }

export const analyzeRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  app.post('/v1/analyze', {
    config: { role: 'viewer' },
    schema: {
      tags: ['analyze'], summary: 'analyse one document (not stored): assessment, fingerprints, events with evidence (output contract v1)',
      querystring: { type: 'object', additionalProperties: false, properties: { published: NULLABLE_DATE, id: { type: 'string', maxLength: 500 }, title: { type: 'string', maxLength: 500 } } },
      body: {
        content: {
          'application/json': { schema: { type: 'object', additionalProperties: false, required: ['text'], properties: { text: { type: 'string', minLength: 1 }, published: NULLABLE_DATE, id: { type: 'string', maxLength: 500 }, title: { type: 'string', maxLength: 500 }, assessment: ASSESSMENT_OPTIONS } } },
          'text/plain': { schema: { type: 'string' } },
        },
      },
      response: { 200: { description: 'the analysis (schema/analysis.v1.schema.json)', type: 'object', additionalProperties: true }, '4xx': ERROR },
    },
  }, async (req, reply) => {
    const q = req.query as AnalyzeQuery;
    const body = req.body as AnalyzeJson | string;
    const doc = typeof body === 'string' ? { text: body, published: q.published, id: q.id, title: q.title } : body;
    checkText(doc.text, 'text');
    const published = checkPublished(doc.published ?? q.published);
    const json = await deps.analyzer.analyzeJson(doc.text, { id: doc.id, published, title: doc.title, assessment: typeof body === 'string' ? undefined : body.assessment });
    return reply.type('application/json').send(json);
  });
};
