// GET /v1/export: stored events as ACLED-style CSV, GeoJSON or JSON Lines, streamed as read. Rejected
// events are left out unless `status` asks for them.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { CONTENT_TYPES, EXPORT_FORMATS, exportEvents, type ExportFormat } from '../../export/stream.js';
import type { EventFilter } from '../../store/store.js';
import type { Deps } from '../app.js';
import { EVENT_FILTER } from '../schemas.js';
import { toEventQuery } from './events.js';

export const DEFAULT_EXPORT_STATUS = ['draft', 'verified'] as const;

const EXTENSION: Record<ExportFormat, string> = { 'acled-csv': 'csv', geojson: 'geojson', jsonl: 'jsonl' };

export const exportRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  app.get('/v1/export', {
    config: { role: 'viewer' },
    schema: {
      tags: ['export'], summary: 'events as ACLED-style CSV, GeoJSON FeatureCollection or JSON Lines (same filters as /v1/events; rejected events only when status asks)',
      querystring: { type: 'object', additionalProperties: false, required: ['format'], properties: { format: { type: 'string', enum: [...EXPORT_FORMATS] }, ...EVENT_FILTER } },
    },
  }, async (req, reply) => {
    const { format, ...q } = req.query as { format: ExportFormat; status?: string };
    const filter: EventFilter = toEventQuery({ status: DEFAULT_EXPORT_STATUS.join(','), ...q, limit: 0, offset: 0 });
    reply.type(CONTENT_TYPES[format]).header('content-disposition', `attachment; filename="claimscope-events.${EXTENSION[format]}"`);
    return Readable.from(exportEvents(deps.store.eachEvent(filter), format));
  });
};
