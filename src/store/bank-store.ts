// The bank part of the Store interface (the store issue completes the rest: documents, analyses,
// events, keys, audit): banks of known items with their fingerprints, labels and status.
import type { Fingerprints } from '../core/types.js';

export type BankKind = 'block' | 'allow';
export type ItemStatus = 'active' | 'disabled' | 'tombstone';

export interface BankThresholds {
  /** strong at or above this Jaccard, review at or above `reviewJaccard`. */
  strongJaccard: number;
  reviewJaccard: number;
  /** strong at or below this TLSH distance, review at or below `reviewTlsh`. */
  strongTlsh: number;
  reviewTlsh: number;
  /** review when the query is contained in the item at least this much. */
  reviewContainment: number;
}

export const DEFAULT_THRESHOLDS: BankThresholds = Object.freeze({ strongJaccard: 0.5, reviewJaccard: 0.3, strongTlsh: 30, reviewTlsh: 70, reviewContainment: 0.8 });

export interface Bank { name: string; kind: BankKind; thresholds: BankThresholds; created: string }

export interface BankItem {
  bank: string;
  id: string;
  signals: Pick<Fingerprints, 'sha256' | 'md5' | 'normalizedSha256' | 'tlsh' | 'tlshRaw' | 'minhash' | 'shingles'>;
  /** entity, tier, ideology, source … */
  labels: Record<string, string>;
  status: ItemStatus;
  /** ISO timestamp of the last change: with the id, the export checkpoint. */
  updated: string;
}

export interface Checkpoint { updated: string; id: string }

export interface BankStore {
  createBank(name: string, kind: BankKind, thresholds?: Partial<BankThresholds>): Bank;
  bank(name: string): Bank | null;
  banks(): Bank[];
  /** Adds or replaces an item (same bank and id: the fingerprints and labels are updated). */
  putItem(item: Omit<BankItem, 'updated'> & { updated?: string }): BankItem;
  setStatus(bank: string, id: string, status: ItemStatus): BankItem | null;
  item(bank: string, id: string): BankItem | null;
  /** Active items with one of these exact signals, in the given banks. */
  exact(banks: readonly string[], signals: { sha256?: string; md5?: string; normalizedSha256?: string }): { item: BankItem; signal: 'sha256' | 'md5' | 'normalizedSha256' }[];
  /** Active items sharing an LSH band key with the query, in the given banks. */
  lshCandidates(banks: readonly string[], bandKeys: readonly number[]): BankItem[];
  /** Items changed after the checkpoint (tombstones included), oldest first. */
  changes(bank: string, after: Checkpoint | null, limit?: number): BankItem[];
  close(): void;
}
