// BankStore on SQLite (better-sqlite3, WAL, numbered migrations): exact signals through indexes,
// MinHash LSH band keys in their own table, changes ordered by (updated, id) for delta export.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ClaimScopeError } from '../../core/errors.js';
import { DEFAULT_THRESHOLDS, type Bank, type BankItem, type BankKind, type BankStore, type BankThresholds, type Checkpoint, type ItemStatus } from '../bank-store.js';
import { bandKeys } from '../../banks/lsh.js';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE banks (name TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('block', 'allow')), thresholds TEXT NOT NULL, created TEXT NOT NULL);
   CREATE TABLE items (bank TEXT NOT NULL REFERENCES banks(name), id TEXT NOT NULL, sha256 TEXT, md5 TEXT, normalized_sha256 TEXT,
     tlsh TEXT, tlsh_raw TEXT, minhash BLOB, shingles INTEGER NOT NULL, labels TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('active', 'disabled', 'tombstone')), updated TEXT NOT NULL, PRIMARY KEY (bank, id));
   CREATE INDEX items_sha256 ON items (sha256);
   CREATE INDEX items_md5 ON items (md5);
   CREATE INDEX items_normalized ON items (normalized_sha256);
   CREATE INDEX items_changes ON items (bank, updated, id);
   CREATE TABLE bands (band INTEGER NOT NULL, key INTEGER NOT NULL, bank TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (band, key, bank, id)) WITHOUT ROWID;`,
  // An item's band rows are replaced on every update: without this, each delete scanned the table.
  'CREATE INDEX bands_item ON bands (bank, id);',
];

interface Row { bank: string; id: string; sha256: string | null; md5: string | null; normalized_sha256: string | null; tlsh: string | null; tlsh_raw: string | null; minhash: Buffer | null; shingles: number; labels: string; status: ItemStatus; updated: string }

function toItem(r: Row): BankItem {
  return {
    bank: r.bank, id: r.id, labels: JSON.parse(r.labels) as Record<string, string>, status: r.status, updated: r.updated,
    signals: {
      sha256: r.sha256 ?? '', md5: r.md5 ?? '', normalizedSha256: r.normalized_sha256 ?? '', tlsh: r.tlsh, tlshRaw: r.tlsh_raw, shingles: r.shingles,
      minhash: r.minhash ? Array.from(new Uint32Array(r.minhash.buffer.slice(r.minhash.byteOffset, r.minhash.byteOffset + r.minhash.byteLength))) : null,
    },
  };
}

export class SqliteBankStore implements BankStore {
  private readonly db: Database.Database;
  private last = '';
  private readonly statements = new Map<string, Database.Statement>();
  private readonly bankCache = new Map<string, Bank>();

  /** Prepared once per SQL text: preparing costs more than running. */
  private sql(text: string): Database.Statement {
    let st = this.statements.get(text);
    if (!st) this.statements.set(text, (st = this.db.prepare(text)));
    return st;
  }

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    try {
      this.db = new Database(file);
    } catch (e) {
      throw new ClaimScopeError('store.unavailable', `${file}: ${(e as Error).message}`);
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => { this.db.exec(MIGRATIONS[v]); this.db.pragma(`user_version = ${v + 1}`); })();
    }
  }

  /** A strictly increasing timestamp: changes made within one millisecond keep their order. */
  private now(): string {
    let t = new Date().toISOString();
    if (t <= this.last) t = new Date(Date.parse(this.last) + 1).toISOString();
    this.last = t;
    return t;
  }

  createBank(name: string, kind: BankKind, thresholds: Partial<BankThresholds> = {}): Bank {
    if (!/^[\w.-]{1,64}$/.test(name)) throw new ClaimScopeError('usage.bad_option', `bank name '${name}': letters, digits, . _ - (at most 64)`);
    const existing = this.bank(name);
    if (existing) return existing;
    const bank: Bank = { name, kind, thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds }, created: this.now() };
    this.sql('INSERT INTO banks (name, kind, thresholds, created) VALUES (?, ?, ?, ?)').run(name, kind, JSON.stringify(bank.thresholds), bank.created);
    return bank;
  }

  bank(name: string): Bank | null {
    const hit = this.bankCache.get(name);
    if (hit) return hit;
    const r = this.sql('SELECT name, kind, thresholds, created FROM banks WHERE name = ?').get(name) as { name: string; kind: BankKind; thresholds: string; created: string } | undefined;
    if (!r) return null;
    const bank: Bank = { name: r.name, kind: r.kind, thresholds: JSON.parse(r.thresholds) as BankThresholds, created: r.created };
    this.bankCache.set(name, bank);
    return bank;
  }

  banks(): Bank[] {
    return (this.sql('SELECT name FROM banks ORDER BY name').all() as { name: string }[]).map((r) => this.bank(r.name)!);
  }

  putItem(item: Omit<BankItem, 'updated'> & { updated?: string }): BankItem {
    if (!this.bank(item.bank)) throw new ClaimScopeError('bank.not_found', item.bank);
    const updated = item.updated ?? this.now();
    const s = item.signals;
    const blob = s.minhash ? Buffer.from(Uint32Array.from(s.minhash).buffer) : null;
    this.db.transaction(() => {
      this.sql(`INSERT INTO items (bank, id, sha256, md5, normalized_sha256, tlsh, tlsh_raw, minhash, shingles, labels, status, updated)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (bank, id) DO UPDATE SET sha256 = excluded.sha256, md5 = excluded.md5, normalized_sha256 = excluded.normalized_sha256,
          tlsh = excluded.tlsh, tlsh_raw = excluded.tlsh_raw, minhash = excluded.minhash, shingles = excluded.shingles, labels = excluded.labels,
          status = excluded.status, updated = excluded.updated`)
        .run(item.bank, item.id, s.sha256 || null, s.md5 || null, s.normalizedSha256 || null, s.tlsh, s.tlshRaw, blob, s.shingles, JSON.stringify(item.labels), item.status, updated);
      this.sql('DELETE FROM bands WHERE bank = ? AND id = ?').run(item.bank, item.id);
      if (s.minhash && item.status === 'active') {
        const insert = this.sql('INSERT OR IGNORE INTO bands (band, key, bank, id) VALUES (?, ?, ?, ?)');
        bandKeys(s.minhash).forEach((key, band) => insert.run(band, key, item.bank, item.id));
      }
    })();
    return { ...item, updated };
  }

  setStatus(bank: string, id: string, status: ItemStatus): BankItem | null {
    const item = this.item(bank, id);
    if (!item) return null;
    // A tombstone keeps the id (so that deltas carry the removal) but drops the signals.
    const signals = status === 'tombstone' ? { sha256: '', md5: '', normalizedSha256: '', tlsh: null, tlshRaw: null, minhash: null, shingles: 0 } : item.signals;
    return this.putItem({ ...item, signals, status, updated: undefined });
  }

  item(bank: string, id: string): BankItem | null {
    const r = this.sql('SELECT * FROM items WHERE bank = ? AND id = ?').get(bank, id) as Row | undefined;
    return r ? toItem(r) : null;
  }

  exact(banks: readonly string[], q: { sha256?: string; md5?: string; normalizedSha256?: string }) {
    const out: { item: BankItem; signal: 'sha256' | 'md5' | 'normalizedSha256' }[] = [];
    if (banks.length === 0) return out;
    const inBanks = `bank IN (${banks.map(() => '?').join(',')}) AND status = 'active'`;
    const seen = new Set<string>();
    for (const [signal, column, value] of [['sha256', 'sha256', q.sha256], ['md5', 'md5', q.md5], ['normalizedSha256', 'normalized_sha256', q.normalizedSha256]] as const) {
      if (!value) continue;
      for (const r of this.sql(`SELECT * FROM items WHERE ${column} = ? AND ${inBanks}`).all(value, ...banks) as Row[]) {
        const key = `${r.bank}\u0000${r.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ item: toItem(r), signal });
      }
    }
    return out;
  }

  lshCandidates(banks: readonly string[], keys: readonly number[]): BankItem[] {
    if (banks.length === 0 || keys.length === 0) return [];
    const ids = new Map<string, { bank: string; id: string }>();
    const q = this.sql(`SELECT bank, id FROM bands WHERE band = ? AND key = ? AND bank IN (${banks.map(() => '?').join(',')})`);
    keys.forEach((key, band) => {
      for (const r of q.all(band, key, ...banks) as { bank: string; id: string }[]) ids.set(`${r.bank}\u0000${r.id}`, r);
    });
    return [...ids.values()].map((r) => this.item(r.bank, r.id)).filter((i): i is BankItem => i !== null && i.status === 'active');
  }

  changes(bank: string, after: Checkpoint | null, limit = 100_000): BankItem[] {
    const rows = after
      ? this.sql('SELECT * FROM items WHERE bank = ? AND (updated > ? OR (updated = ? AND id > ?)) ORDER BY updated, id LIMIT ?').all(bank, after.updated, after.updated, after.id, limit)
      : this.sql('SELECT * FROM items WHERE bank = ? ORDER BY updated, id LIMIT ?').all(bank, limit);
    return (rows as Row[]).map(toItem);
  }

  close(): void {
    this.db.close();
  }
}
