// /metrics in Prometheus text format: request counts and latency by route and status, process
// metrics, and the store's counts (read when scraped).
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Deps } from './app.js';

export function installMetrics(app: FastifyInstance, deps: Deps): Registry {
  const register = new Registry();
  collectDefaultMetrics({ register });
  // One read of the store's counts per scrape, shared by the gauges.
  let cached: { at: number; stats: ReturnType<Deps['store']['stats']> } | null = null;
  const stats = () => {
    if (!cached || Date.now() - cached.at > 1000) cached = { at: Date.now(), stats: deps.store.stats() };
    return cached.stats;
  };
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'claimscope_http_requests_total', help: 'HTTP requests', labelNames, registers: [register] });
  const latency = new Histogram({
    name: 'claimscope_http_request_duration_seconds', help: 'HTTP request latency', labelNames, registers: [register],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
  });
  new Gauge({
    name: 'claimscope_documents', help: 'documents in the store', registers: [register],
    async collect() { this.set((await stats()).documents); },
  });
  new Gauge({
    name: 'claimscope_events', help: 'current events in the store, by review status', labelNames: ['status'], registers: [register],
    async collect() { for (const [status, n] of Object.entries((await stats()).events)) this.set({ status }, n); },
  });
  new Gauge({
    name: 'claimscope_bank_items', help: 'active items in the hash banks', registers: [register],
    async collect() { this.set((await stats()).bankItems); },
  });
  new Gauge({ name: 'claimscope_analyze_threads', help: 'worker threads that run analyze()', registers: [register], collect() { this.set(deps.analyzer.threads); } });
  app.addHook('onResponse', async (req, reply) => {
    const labels = { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { config: { role: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    reply.type(register.contentType);
    return register.metrics();
  });
  return register;
}
