// /healthz: the store answers and the analyzer is there.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../app.js';

export const healthRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  app.get('/healthz', { config: { role: 'public' }, schema: { tags: ['ops'], summary: 'liveness and store reachability', security: [] } }, async () => {
    await deps.store.findAnalysis('', '', null);
    return { status: 'ok', store: deps.store.kind, analyzeThreads: deps.analyzer.threads };
  });
};
