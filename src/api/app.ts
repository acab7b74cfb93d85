// The HTTP API (Fastify 5), built apart from listening (listen.ts) so that tests call app.inject.
// Every error leaves as {"error": {code, message, requestId}} with a code from src/core/errors.ts.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import rateLimit from '@fastify/rate-limit';
import { ClaimScopeError } from '../core/errors.js';
import type { ApiKeyRecord, Role, Store } from '../store/store.js';
import type { Analyzer } from './analyzer.js';
import { authenticate } from './auth.js';
import { errorReply } from './errors.js';
import { decodeBody } from './bodies.js';
import { installMetrics } from './metrics.js';
import { analyzeRoutes } from './routes/analyze.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes } from './routes/events.js';
import { bankRoutes } from './routes/banks.js';
import { exportRoutes } from './routes/export.js';
import { adminRoutes } from './routes/admin.js';
import { healthRoutes } from './routes/health.js';
import { sessionRoutes } from './routes/session.js';
import { securityHeaders, webRoutes } from './web.js';
import type { WebAssets } from '../web/build.js';

declare module 'fastify' {
  interface FastifyInstance { routeList: { method: string; url: string }[] }
  interface FastifyRequest { apiKey: ApiKeyRecord | null }
  interface FastifyContextConfig { role?: Role | 'public' }
}

export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  analyzer: Analyzer;
  /** Reads (GET, POST /v1/analyze, /v1/match) without a key: for a desk on one machine. Writes always need one. */
  openRead?: boolean;
  bodyLimit?: number;
  /** Requests per minute per key (or per address without one); false turns the limit off. */
  rateLimit?: number | false;
  logger?: FastifyServerOptions['logger'];
  /** The workbench's files (src/web/build.ts), served at `/`; without them only the API is served. */
  web?: WebAssets;
}

export interface Deps { store: Store; analyzer: Analyzer; openRead: boolean; forgetKey(id: string): void }

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, useDefaults: true, allErrors: false } },
  });
  const auth = authenticate({ store: opts.store, openRead: opts.openRead ?? false });
  const deps: Deps = { store: opts.store, analyzer: opts.analyzer, openRead: opts.openRead ?? false, forgetKey: auth.forget };
  app.decorateRequest('apiKey', null);
  const routeList: { method: string; url: string }[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (r) => {
    if ((r.schema as { hide?: boolean } | undefined)?.hide) return;
    for (const m of [r.method].flat()) if (m !== 'HEAD') routeList.push({ method: m.toLowerCase(), url: r.url });
  });
  app.setErrorHandler((err, req, reply) => errorReply(err, req, reply));
  app.setNotFoundHandler((req, reply) => errorReply(new ClaimScopeError('request.not_found', `${req.method} ${req.url.split('?')[0]}`), req, reply));
  decodeBody(app);
  app.addHook('onRequest', auth);
  app.addHook('onSend', async (req, reply) => { reply.header('x-request-id', req.id); });
  securityHeaders(app);
  if (opts.rateLimit !== false) {
    await app.register(rateLimit, {
      max: opts.rateLimit ?? 6000,
      timeWindow: 60_000,
      keyGenerator: (req) => (req.apiKey ? `key:${req.apiKey.id}` : `ip:${req.ip}`),
      errorResponseBuilder: (_req, ctx) => new ClaimScopeError('request.rate_limited', `at most ${ctx.max} requests a minute; retry in ${Math.ceil(ctx.ttl / 1000)} s`),
    });
  }
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'ClaimScope API', version: '1', description: 'Defensive analysis of armed groups\' claim documents and reporting about them. Keys: Authorization: Bearer cs_…' },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
      security: [{ apiKey: [] }],
    },
  });
  installMetrics(app, deps);
  await app.register(healthRoutes(deps));
  await app.register(analyzeRoutes(deps));
  await app.register(documentRoutes(deps));
  await app.register(eventRoutes(deps));
  await app.register(bankRoutes(deps));
  await app.register(exportRoutes(deps));
  await app.register(adminRoutes(deps));
  await app.register(sessionRoutes(deps));
  if (opts.web) await app.register(webRoutes(opts.web));
  app.get('/v1/openapi.json', { config: { role: 'public' }, schema: { hide: true } }, async () => app.swagger());
  return app;
}
