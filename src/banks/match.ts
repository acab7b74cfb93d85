// Matching a text against banks: exact signals through the store's indexes; near duplicates through
// MinHash LSH candidates, verified by Jaccard, TLSH distance and containment; verdicts by each bank's
// thresholds. A match in an allow-bank (news, research, counter-speech) suppresses block matches.
import type { Fingerprints } from '../core/types.js';
import type { Bank, BankItem, BankStore } from '../store/bank-store.js';
import { bandKeys } from './lsh.js';
import { containment, jaccard } from '../fingerprint/minhash.js';
import { tlshDistance } from '../fingerprint/tlsh.js';

export type Verdict = 'strong' | 'review';

export interface Match {
  bank: string;
  item: string;
  signal: 'sha256' | 'md5' | 'normalizedSha256' | 'minhash' | 'tlsh' | 'containment';
  distance?: number;
  similarity?: number;
  verdict: Verdict;
  labels: Record<string, string>;
}

export interface MatchResult {
  /** Matches in the block banks asked for: empty when an allow-bank matched. */
  matches: Match[];
  /** Block matches an allow-bank match suppressed, and the allow-bank matches that did it. */
  suppressed: Match[];
  allowedBy: Match[];
}

function nearMatch(q: Fingerprints, item: BankItem, bank: Bank): Match | null {
  const t = bank.thresholds;
  const base = { bank: item.bank, item: item.id, labels: item.labels };
  const j = q.minhash && item.signals.minhash ? jaccard(q.minhash, item.signals.minhash) : 0;
  const d = q.tlsh && item.signals.tlsh ? tlshDistance(q.tlsh, item.signals.tlsh) : Infinity;
  if (j >= t.strongJaccard) return { ...base, signal: 'minhash', similarity: j, verdict: 'strong' };
  if (d <= t.strongTlsh) return { ...base, signal: 'tlsh', distance: d, verdict: 'strong' };
  if (j >= t.reviewJaccard) return { ...base, signal: 'minhash', similarity: j, verdict: 'review' };
  if (d <= t.reviewTlsh) return { ...base, signal: 'tlsh', distance: d, verdict: 'review' };
  const c = q.minhash && item.signals.minhash ? containment(q.minhash, q.shingles, item.signals.minhash, item.signals.shingles) : 0;
  if (c >= t.reviewContainment) return { ...base, signal: 'containment', similarity: Math.round(c * 1000) / 1000, verdict: 'review' };
  return null;
}

async function matchIn(store: BankStore, banks: readonly Bank[], q: Fingerprints): Promise<Match[]> {
  const out: Match[] = [];
  const seen = new Set<string>();
  const byName = new Map(banks.map((b) => [b.name, b]));
  const names = [...byName.keys()];
  for (const { item, signal } of await store.exact(names, q)) {
    seen.add(`${item.bank}\u0000${item.id}`);
    out.push({ bank: item.bank, item: item.id, signal, distance: 0, verdict: 'strong', labels: item.labels });
  }
  if (q.minhash) {
    for (const item of await store.lshCandidates(names, bandKeys(q.minhash))) {
      if (seen.has(`${item.bank}\u0000${item.id}`)) continue;
      const m = nearMatch(q, item, byName.get(item.bank)!);
      if (m) out.push(m);
    }
  }
  return out.sort((a, b) => (a.verdict === b.verdict ? 0 : a.verdict === 'strong' ? -1 : 1));
}

/** Matches of the fingerprints in `banks`; every allow-bank in the store is consulted to suppress them. */
export async function match(store: BankStore, banks: readonly string[], q: Fingerprints): Promise<MatchResult> {
  const all = await store.banks();
  const allow = all.filter((b) => b.kind === 'allow');
  const block = all.filter((b) => b.kind === 'block' && banks.includes(b.name));
  const allowed = await matchIn(store, allow, q);
  const blocked = await matchIn(store, block, q);
  return allowed.length > 0 ? { matches: [], suppressed: blocked, allowedBy: allowed } : { matches: blocked, suppressed: [], allowedBy: [] };
}
