// The audit log's one writer: called inside the transaction of the write it records.
import type { WriteContext } from '../bank-store.js';
import type { Query } from './db.js';

export interface AuditWrite { action: string; target: string; before?: unknown; after?: unknown }

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

export async function writeAudit(q: Query, ctx: WriteContext, entry: AuditWrite, at: string): Promise<void> {
  await q.run('INSERT INTO audit (at, who, action, target, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)',
    [at, ctx.by, entry.action, entry.target, json(entry.before), json(entry.after)]);
}
