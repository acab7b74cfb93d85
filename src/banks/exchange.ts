// Bank deltas between stores: the export checkpoint and the import lines (checked before any write).
import { ClaimScopeError } from '../core/errors.js';
import type { BankItem, BankKind, Checkpoint } from '../store/bank-store.js';

export function parseCheckpoint(s: string | undefined): Checkpoint | null {
  if (s === undefined) return null;
  const m = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z),(.+)$/.exec(s);
  if (!m) throw new ClaimScopeError('usage.bad_option', `checkpoint '${s}': expected <ISO timestamp>,<item id>`);
  return { updated: m[1], id: m[2] };
}

/** Export lines back into items: all lines checked before anything is written. */
export function parseImport(text: string, label: string): (BankItem & { kind: BankKind })[] {
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      const r = JSON.parse(line) as BankItem & { kind?: string };
      if (typeof r.bank !== 'string' || typeof r.id !== 'string' || typeof r.signals !== 'object' || r.signals === null || !['active', 'disabled', 'tombstone'].includes(r.status)) throw new Error('fields');
      return [{ kind: r.kind === 'allow' ? 'allow' : 'block', bank: r.bank, id: r.id, signals: r.signals, labels: r.labels ?? {}, status: r.status, updated: r.updated }];
    } catch {
      throw new ClaimScopeError('bank.bad_import', `${label}:${i + 1}`);
    }
  });
}

