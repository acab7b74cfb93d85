// Hash banks over HTTP: list and create, add items (a text or a stored document), tombstone and
// disable, delta export and atomic import (JSON Lines), and /v1/match.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { ClaimScopeError } from '../../core/errors.js';
import { fingerprints } from '../../fingerprint/fingerprints.js';
import { match } from '../../banks/match.js';
import type { BankKind, BankThresholds } from '../../store/bank-store.js';
import { parseCheckpoint, parseImport } from '../../banks/exchange.js';
import { checkText } from '../../store/ingest-document.js';
import type { Deps } from '../app.js';
import { SHA256 } from '../schemas.js';
import { writer } from './documents.js';

const BANK = { type: 'string', pattern: '^[\\w.-]{1,64}$' } as const;
const BANK_PARAM = { type: 'object', required: ['bank'], properties: { bank: BANK } } as const;
const ITEM_PARAM = { type: 'object', required: ['bank', 'item'], properties: { bank: BANK, item: { type: 'string', minLength: 1, maxLength: 200 } } } as const;
const LABELS = { type: 'object', maxProperties: 50, additionalProperties: { type: 'string', maxLength: 500 } } as const;
const THRESHOLDS = { type: 'object', additionalProperties: false, properties: { strongJaccard: { type: 'number' }, reviewJaccard: { type: 'number' }, strongTlsh: { type: 'number' }, reviewTlsh: { type: 'number' }, reviewContainment: { type: 'number' } } } as const;

export const bankRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const bankOr404 = async (name: string) => {
    const b = await deps.store.bank(name);
    if (!b) throw new ClaimScopeError('bank.not_found', name);
    return b;
  };

  app.get('/v1/banks', { config: { role: 'viewer' }, schema: { tags: ['banks'], summary: 'every bank, with its kind and thresholds' } }, async () => ({ items: await deps.store.banks() }));

  app.post('/v1/banks', {
    config: { role: 'analyst' },
    schema: { tags: ['banks'], summary: 'create a block bank or an allow-bank (news, research, counter-speech)', body: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: BANK, kind: { type: 'string', enum: ['block', 'allow'], default: 'block' }, thresholds: THRESHOLDS } } },
  }, async (req, reply) => {
    const b = req.body as { name: string; kind: BankKind; thresholds?: Partial<BankThresholds> };
    const existed = await deps.store.bank(b.name);
    const bank = await deps.store.createBank(b.name, b.kind, b.thresholds, writer(req));
    return reply.status(existed ? 200 : 201).send(bank);
  });

  app.get('/v1/banks/:bank', { config: { role: 'viewer' }, schema: { tags: ['banks'], summary: 'one bank', params: BANK_PARAM } }, async (req) => bankOr404((req.params as { bank: string }).bank));

  app.post('/v1/banks/:bank/items', {
    config: { role: 'analyst' },
    schema: {
      tags: ['banks'], summary: 'fingerprint a text, or a stored document, into the bank (item id: sha256:<hex> unless given)', params: BANK_PARAM,
      body: { type: 'object', additionalProperties: false, properties: { text: { type: 'string', minLength: 1 }, document: SHA256, id: { type: 'string', minLength: 1, maxLength: 200 }, labels: LABELS } },
    },
  }, async (req, reply) => {
    const { bank } = req.params as { bank: string };
    await bankOr404(bank);
    const b = req.body as { text?: string; document?: string; id?: string; labels?: Record<string, string> };
    if ((b.text === undefined) === (b.document === undefined)) throw new ClaimScopeError('request.invalid', 'give either text or document');
    let text = b.text;
    if (b.document) {
      const d = await deps.store.document(b.document);
      if (!d) throw new ClaimScopeError('document.not_found', b.document);
      text = d.text;
    }
    checkText(text!, 'text');
    const f = fingerprints(text!);
    const item = await deps.store.putItem({ bank, id: b.id ?? `sha256:${f.sha256}`, signals: f, labels: b.labels ?? {}, status: 'active' }, writer(req));
    return reply.status(201).send(item);
  });

  app.get('/v1/banks/:bank/items/:item', { config: { role: 'viewer' }, schema: { tags: ['banks'], summary: 'one item with its signals', params: ITEM_PARAM } }, async (req) => {
    const { bank, item } = req.params as { bank: string; item: string };
    const i = await deps.store.item(bank, item);
    if (!i) throw new ClaimScopeError('bank.not_found', `no item ${item} in ${bank}`);
    return i;
  });

  for (const [method, path, status, summary] of [
    ['DELETE', '/v1/banks/:bank/items/:item', 'tombstone', 'tombstone an item: kept for deltas, never matched'],
    ['POST', '/v1/banks/:bank/items/:item/disable', 'disabled', 'stop matching an item, keep its signals'],
    ['POST', '/v1/banks/:bank/items/:item/enable', 'active', 'match a disabled item again'],
  ] as const) {
    app.route({
      method, url: path, config: { role: 'analyst' }, schema: { tags: ['banks'], summary, params: ITEM_PARAM },
      handler: async (req) => {
        const { bank, item } = req.params as { bank: string; item: string };
        await bankOr404(bank);
        if (status === 'active' && (await deps.store.item(bank, item))?.status === 'tombstone') throw new ClaimScopeError('bank.not_found', `item ${item} was removed`);
        const i = await deps.store.setStatus(bank, item, status, writer(req));
        if (!i) throw new ClaimScopeError('bank.not_found', `no item ${item} in ${bank}`);
        return { bank: i.bank, item: i.id, status: i.status };
      },
    });
  }

  app.get('/v1/banks/:bank/export', {
    config: { role: 'viewer' },
    schema: { tags: ['banks'], summary: 'JSON Lines of the items changed after a checkpoint (tombstones included), oldest first', params: BANK_PARAM, querystring: { type: 'object', additionalProperties: false, properties: { after: { type: 'string', description: '<updated>,<id> of the last item already had' } } } },
  }, async (req, reply) => {
    const bank = await bankOr404((req.params as { bank: string }).bank);
    const after = parseCheckpoint((req.query as { after?: string }).after);
    const items = await deps.store.changes(bank.name, after);
    reply.type('application/x-ndjson');
    return Readable.from(items.map((i) => `${JSON.stringify({ kind: bank.kind, ...i })}\n`));
  });

  app.post('/v1/banks/import', {
    config: { role: 'admin' },
    schema: { tags: ['banks'], summary: 'import export lines into the banks they name (created if missing): all or nothing', body: { content: { 'application/x-ndjson': { schema: { description: 'lines of /v1/banks/:bank/export' } } } } },
  }, async (req) => {
    const records = parseImport((req.body as Buffer).toString('utf8'), 'body');
    return { imported: await deps.store.putItems(records, writer(req)) };
  });

  app.post('/v1/match', {
    config: { role: 'viewer' },
    schema: { tags: ['banks'], summary: 'match a text against block banks (all unless named); allow-bank matches suppress', body: { type: 'object', additionalProperties: false, required: ['text'], properties: { text: { type: 'string', minLength: 1 }, banks: { type: 'array', maxItems: 100, items: BANK } } } },
  }, async (req) => {
    const b = req.body as { text: string; banks?: string[] };
    checkText(b.text, 'text');
    const names = b.banks ?? (await deps.store.banks()).filter((x) => x.kind === 'block').map((x) => x.name);
    for (const n of names) await bankOr404(n);
    return match(deps.store, names, fingerprints(b.text));
  });
};
