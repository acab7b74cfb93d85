// Gold files for `claimscope eval` (format: fixtures/gold/README.md).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ClaimScopeError } from '../core/errors.js';

export interface GoldQuantity { low: number | null; best: number | null; high: number | null }
export interface GoldEvent {
  anchor: string;
  date: { best: string | null; earliest?: string | null; latest?: string | null } | null;
  country: string | null;
  admin1Code: string | null;
  acledEventType: string | null;
  acledSubEventType: string | null;
  casualties: Record<string, GoldQuantity | null>;
}
export interface GoldDocument { id: string; text: string; published: string | null; genre: string; events: GoldEvent[] }

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function loadGold(path: string): GoldDocument[] {
  const files = statSync(path).isDirectory()
    ? readdirSync(path).filter((f) => f.endsWith('.gold.json')).sort().map((f) => join(path, f))
    : [path];
  if (files.length === 0) throw new ClaimScopeError('gold.invalid', `no *.gold.json in ${path}`);
  return files.flatMap((file) => {
    let data: unknown;
    try { data = JSON.parse(readFileSync(file, 'utf8')); } catch (e) { throw new ClaimScopeError('gold.invalid', `${file}: ${(e as Error).message}`); }
    if (!isRecord(data) || !Array.isArray(data.documents)) throw new ClaimScopeError('gold.invalid', `${file}: no documents[]`);
    return data.documents.map((d: unknown, i: number): GoldDocument => {
      if (!isRecord(d) || typeof d.id !== 'string' || !Array.isArray(d.events)) throw new ClaimScopeError('gold.invalid', `${file}: document ${i} lacks id or events`);
      const text = typeof d.text === 'string' ? d.text : typeof d.file === 'string' ? readFileSync(resolve(dirname(file), d.file), 'utf8') : null;
      if (text === null) throw new ClaimScopeError('gold.invalid', `${file}: document ${d.id} has neither text nor file`);
      const events = d.events as GoldEvent[];
      for (const e of events) {
        const at = text.indexOf(e.anchor);
        if (at < 0 || text.indexOf(e.anchor, at + 1) >= 0) throw new ClaimScopeError('gold.invalid', `${d.id}: anchor must occur exactly once: "${e.anchor}"`);
      }
      return { id: d.id, text, published: typeof d.published === 'string' ? d.published : null, genre: String(d.genre ?? ''), events };
    });
  });
}
