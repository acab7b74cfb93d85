// GET /v1/session: who the presented key is (the workbench's sign-in checks a key with it), or,
// with no key on a server started with --open-read, that reads are open.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../app.js';

export const sessionRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  app.get('/v1/session', {
    config: { role: 'viewer' },
    schema: {
      tags: ['keys'], summary: 'the calling key (id, name, role), or key: null when reads are open without one',
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
  }, async (req) => ({ key: req.apiKey ? { id: req.apiKey.id, name: req.apiKey.name, role: req.apiKey.role } : null, openRead: deps.openRead }));
};
