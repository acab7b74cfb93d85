// The workbench (src/web) served from memory at `/` and `/assets/…`, and the security headers every
// response carries: a strict Content-Security-Policy (no inline script or style, no eval), no
// framing, no sniffing, no referrer.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WebAssets, WebFile } from '../web/build.js';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'", "font-src 'self'",
  "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply) => { reply.headers(SECURITY_HEADERS); });
}

function send(req: FastifyRequest, reply: FastifyReply, f: WebFile) {
  reply.header('etag', f.etag).header('cache-control', f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache').header('vary', 'accept-encoding');
  if (req.headers['if-none-match'] === f.etag) return reply.status(304).send();
  reply.type(f.type);
  if (f.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return reply.header('content-encoding', 'gzip').send(f.gzip);
  return reply.send(f.body);
}

export const webRoutes = (assets: WebAssets) => async (app: FastifyInstance) => {
  const page = assets.get('/')!;
  app.get('/', { config: { role: 'public' }, schema: { hide: true } }, (req, reply) => send(req, reply, page));
  app.get('/assets/:file', { config: { role: 'public' }, schema: { hide: true } }, (req, reply) => {
    const f = assets.get(`/assets/${(req.params as { file: string }).file}`);
    if (!f) return reply.callNotFound();
    return send(req, reply, f);
  });
};
