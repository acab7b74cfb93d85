// Banks of known items with their fingerprints, labels and status: the bank part of the Store
// (store.ts has the rest: documents, analyses, events, keys, audit).
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

/** Who made a write, for the audit log: `key:ID` through the API, `cli:USER` from the command line. */
export interface WriteContext { by: string }

export type ExactSignal = 'sha256' | 'md5' | 'normalizedSha256';

/** The bank part of the Store. Writes given a WriteContext are audited in the same transaction. */
export interface BankStore {
  createBank(name: string, kind: BankKind, thresholds?: Partial<BankThresholds>, ctx?: WriteContext): Promise<Bank>;
  bank(name: string): Promise<Bank | null>;
  banks(): Promise<Bank[]>;
  /** Adds or replaces an item (same bank and id: the fingerprints and labels are updated). */
  putItem(item: NewBankItem, ctx?: WriteContext): Promise<BankItem>;
  /** Many items in one transaction: all or nothing (imports, bulk loads). Banks named by `kind` are created. */
  putItems(items: readonly (NewBankItem & { kind?: BankKind })[], ctx?: WriteContext): Promise<number>;
  setStatus(bank: string, id: string, status: ItemStatus, ctx?: WriteContext): Promise<BankItem | null>;
  item(bank: string, id: string): Promise<BankItem | null>;
  /** Active items with one of these exact signals, in the given banks. */
  exact(banks: readonly string[], signals: { sha256?: string; md5?: string; normalizedSha256?: string }): Promise<{ item: BankItem; signal: ExactSignal }[]>;
  /** Active items sharing an LSH band key with the query, in the given banks. */
  lshCandidates(banks: readonly string[], bandKeys: readonly number[]): Promise<BankItem[]>;
  /** Items changed after the checkpoint (tombstones included), oldest first. */
  changes(bank: string, after: Checkpoint | null, limit?: number): Promise<BankItem[]>;
  close(): Promise<void>;
}

export type NewBankItem = Omit<BankItem, 'updated'> & { updated?: string };
