// The SQLite driver (better-sqlite3 12, WAL). One connection per process: statements are
// synchronous, and a queue keeps one read or transaction at a time, so that an await inside a
// transaction never lets another caller's statements into it. Across processes, writers take the
// write lock at BEGIN IMMEDIATE and wait for each other (busy timeout).
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ClaimScopeError } from '../../core/errors.js';
import type { Db, Dialect, Param, Query } from '../sql/db.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

export const SQLITE_DIALECT: Dialect = Object.freeze({
  name: 'sqlite',
  forUpdate: '',
  eventMatch: 'e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)',
  documentMatch: 'd.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)',
  ftsQuery: (tokens: readonly string[]) => tokens.map((t) => `"${t}"*`).join(' '),
  setEventSearch: (id: number, body: string): [string, Param[]] => ['INSERT OR REPLACE INTO events_fts (rowid, body) VALUES (?, ?)', [id, body]],
  setDocumentSearch: (seq: number, body: string): [string, Param[]] => ['INSERT OR REPLACE INTO documents_fts (rowid, body) VALUES (?, ?)', [seq, body]],
});

export class SqliteDb implements Db {
  readonly dialect = SQLITE_DIALECT;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly query: Query;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    try {
      this.db = new Database(file);
      this.db.pragma('busy_timeout = 30000');
      // Two processes opening a new file at once: the switch to WAL can answer SQLITE_BUSY without
      // waiting for the busy timeout, so it is retried for a while.
      for (let attempt = 0; ; attempt++) {
        try {
          this.db.pragma('journal_mode = WAL');
          break;
        } catch (e) {
          if (!String((e as { code?: unknown }).code).startsWith('SQLITE_BUSY') || attempt >= 200) throw e;
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
        }
      }
      // A killed process loses nothing committed in WAL mode with NORMAL; a power cut may lose the last commits, never consistency.
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.migrate();
    } catch (e) {
      if (e instanceof ClaimScopeError) throw e;
      throw new ClaimScopeError('store.unavailable', `${file}: ${(e as Error).message}`);
    }
    const st = (sql: string) => this.statement(sql);
    this.query = {
      all: async <T>(sql: string, params: readonly Param[] = []) => st(sql).all(...params) as T[],
      get: async <T>(sql: string, params: readonly Param[] = []) => st(sql).get(...params) as T | undefined,
      run: async (sql: string, params: readonly Param[] = []) => st(sql).run(...params).changes,
    };
  }

  /** Under the write lock, so that two processes opening a new file do not both run a step. */
  private migrate(): void {
    const version = () => this.db.pragma('user_version', { simple: true }) as number;
    if (version() >= SQLITE_MIGRATIONS.length) return;
    this.db.transaction(() => {
      for (let v = version(); v < SQLITE_MIGRATIONS.length; v++) { this.db.exec(SQLITE_MIGRATIONS[v]); this.db.pragma(`user_version = ${v + 1}`); }
    }).immediate();
  }

  /** Prepared once per SQL text: preparing costs more than running. */
  private statement(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Runs fn in a transaction; SQLITE_BUSY that outlasts the busy timeout's waiting (it can come
   * at once, e.g. while another process sets up a new file) rolls back and tries again. */
  private async attempt<T>(begin: string, fn: (q: Query) => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries++) {
      try {
        this.db.exec(begin);
        const r = await fn(this.query);
        this.db.exec('COMMIT');
        return r;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        if (!String((e as { code?: unknown }).code).startsWith('SQLITE_BUSY') || tries >= 50) throw e;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  }

  read<T>(fn: (q: Query) => Promise<T>): Promise<T> {
    return this.exclusive(() => this.attempt('BEGIN', fn));
  }

  tx<T>(fn: (q: Query) => Promise<T>): Promise<T> {
    return this.exclusive(() => this.attempt('BEGIN IMMEDIATE', fn));
  }

  /** PRAGMA integrity_check's answer: 'ok' for a sound file. */
  integrity(): string {
    return this.db.pragma('integrity_check', { simple: true }) as string;
  }

  async close(): Promise<void> {
    await this.exclusive(async () => { this.db.close(); });
  }
}
