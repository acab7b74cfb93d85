// GET /v1/session: who the presented key is (the workbench's sign-in checks a key with it), or,
// with no key, whether reads are open (--open-read). Public, so that asking is never an error;
// a presented key that is unknown or revoked still is (401 auth.invalid_key).
import type { FastifyInstance } from 'fastify';
import { ClaimScopeError } from '../../core/errors.js';
import type { Deps } from '../app.js';
import { presentedKey } from '../auth.js';

export const sessionRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  app.get('/v1/session', {
    config: { role: 'public' },
    schema: {
      tags: ['keys'], summary: 'the calling key (id, name, role), or key: null without one; openRead: whether reads need no key',
      response: {
        200: {
          type: 'object', required: ['key', 'openRead'],
          properties: {
            key: { anyOf: [{ type: 'null' }, { type: 'object', required: ['id', 'name', 'role'], properties: { id: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', enum: ['viewer', 'analyst', 'admin'] } } }] },
            openRead: { type: 'boolean' },
          },
        },
      },
    },
  }, async (req) => {
    if (presentedKey(req) !== null && !req.apiKey) throw new ClaimScopeError('auth.invalid_key');
    return { key: req.apiKey ? { id: req.apiKey.id, name: req.apiKey.name, role: req.apiKey.role } : null, openRead: deps.openRead };
  });
};
