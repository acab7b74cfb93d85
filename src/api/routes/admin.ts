// Keys and the audit log (admin only). A new key is shown once, in the response that creates it.
import type { FastifyInstance } from 'fastify';
import { ClaimScopeError } from '../../core/errors.js';
import { ROLES, type Role } from '../../store/store.js';
import type { Deps } from '../app.js';
import { createApiKey } from '../keys.js';
import { AUDIT_ACTIONS, ERROR, PAGE } from '../schemas.js';
import { writer } from './documents.js';

export const adminRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  app.get('/v1/keys', { config: { role: 'admin' }, schema: { tags: ['admin'], summary: 'API keys (never their secrets)' } }, async () => ({ items: await deps.store.keys() }));

  app.post('/v1/keys', {
    config: { role: 'admin' },
    schema: { tags: ['admin'], summary: 'create a key: the response holds it, once', body: { type: 'object', additionalProperties: false, required: ['role'], properties: { role: { type: 'string', enum: [...ROLES] }, name: { type: 'string', maxLength: 200, default: '' } } } },
  }, async (req, reply) => {
    const b = req.body as { role: Role; name: string };
    return reply.status(201).send(await createApiKey(deps.store, b.role, b.name, writer(req)));
  });

  app.delete('/v1/keys/:id', {
    config: { role: 'admin' },
    schema: { tags: ['admin'], summary: 'revoke a key (it stops working at once on this server, within 5 s on others)', params: { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[0-9a-f]{12}$' } } } },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const r = await deps.store.revokeKey(id, writer(req));
    if (!r) throw new ClaimScopeError('key.not_found', id);
    deps.forgetKey(id);
    return r;
  });

  app.get('/v1/audit', {
    config: { role: 'admin' },
    schema: { tags: ['admin'], summary: 'the audit log, newest first: who (key id), when, action, target, before, after', querystring: { type: 'object', additionalProperties: false, properties: { action: { type: 'string', maxLength: 100 }, target: { type: 'string', maxLength: 200 }, ...PAGE } } },
  }, async (req) => deps.store.auditLog(req.query as { action?: string; target?: string; limit: number; offset: number }));

  app.get('/v1/audit/actions', {
    config: { role: 'admin' },
    schema: { tags: ['admin'], summary: 'every action in the audit log, by name, with how often it was recorded (the choices of ?action=)', response: { 200: AUDIT_ACTIONS, '4xx': ERROR } },
  }, async () => ({ items: await deps.store.auditActions() }));
};
