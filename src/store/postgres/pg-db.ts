// The PostgreSQL driver (pg 8): a pool; `?` placeholders become $1…; bigint ids come back as
// numbers; each store may live in its own schema (tests give every store a fresh one).
import pg from 'pg';
import { ClaimScopeError } from '../../core/errors.js';
import type { Db, Dialect, Param, Query } from '../sql/db.js';
import { PG_MIGRATIONS } from './migrations.js';

export const PG_DIALECT: Dialect = Object.freeze({
  name: 'postgres',
  forUpdate: ' FOR UPDATE',
  eventMatch: "e.search @@ to_tsquery('simple', ?)",
  documentMatch: "d.search @@ to_tsquery('simple', ?)",
  ftsQuery: (tokens: readonly string[]) => tokens.map((t) => `${t}:*`).join(' & '),
  setEventSearch: (id: number, body: string): [string, Param[]] => ["UPDATE events SET search = to_tsvector('simple', ?) WHERE id = ?", [body, id]],
  setDocumentSearch: (seq: number, body: string): [string, Param[]] => ["UPDATE documents SET search = to_tsvector('simple', ?) WHERE seq = ?", [body, seq]],
});

const INT8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format ?? 'text'))) as typeof pg.types.getTypeParser,
};

const converted = new Map<string, string>();
function numbered(sql: string): string {
  let out = converted.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    converted.set(sql, out);
  }
  return out;
}

function queryOn(client: pg.PoolClient): Query {
  const exec = (sql: string, params: readonly Param[] = []) => client.query(numbered(sql), params as Param[]);
  return {
    all: async <T>(sql: string, params?: readonly Param[]) => (await exec(sql, params)).rows as T[],
    get: async <T>(sql: string, params?: readonly Param[]) => (await exec(sql, params)).rows[0] as T | undefined,
    run: async (sql: string, params?: readonly Param[]) => (await exec(sql, params)).rowCount ?? 0,
  };
}

export interface PgOptions { url: string; schema?: string; max?: number; migrate?: boolean }

export class PgDb implements Db {
  readonly dialect = PG_DIALECT;
  private constructor(private readonly pool: pg.Pool) {}

  /** `?schema=NAME` in the URL puts the tables in a schema of their own (made when missing). */
  static async open(opts: PgOptions): Promise<PgDb> {
    let url = opts.url;
    let fromUrl: string | null = null;
    try {
      const u = new URL(opts.url);
      fromUrl = u.searchParams.get('schema');
      if (fromUrl !== null) { u.searchParams.delete('schema'); url = u.toString(); }
    } catch {
      throw new ClaimScopeError('usage.bad_option', 'the database URL does not parse');
    }
    const schema = opts.schema ?? fromUrl ?? 'public';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new ClaimScopeError('usage.bad_option', `schema '${schema}'`);
    const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, types, options: `-c search_path=${schema}` });
    pool.on('error', () => { /* an idle client lost its connection: the pool replaces it */ });
    const db = new PgDb(pool);
    try {
      if (opts.migrate !== false) await db.migrate(schema);
    } catch (e) {
      await pool.end();
      if (e instanceof ClaimScopeError) throw e;
      throw new ClaimScopeError('store.unavailable', `PostgreSQL: ${(e as Error).message}`);
    }
    return db;
  }

  private async migrate(schema: string): Promise<void> {
    await this.tx(async (q) => {
      await q.get("SELECT pg_advisory_xact_lock(hashtext('claimscope.migrate'))");
      if (schema !== 'public') await q.run(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await q.run('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied text NOT NULL)');
      const done = (await q.get<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations'))?.v ?? 0;
      for (let v = done; v < PG_MIGRATIONS.length; v++) {
        await q.run(PG_MIGRATIONS[v]);
        await q.run('INSERT INTO schema_migrations (version, applied) VALUES (?, ?)', [v + 1, new Date().toISOString()]);
      }
    });
  }

  read<T>(fn: (q: Query) => Promise<T>): Promise<T> {
    return this.inTransaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', fn);
  }

  tx<T>(fn: (q: Query) => Promise<T>): Promise<T> {
    return this.inTransaction('BEGIN', fn);
  }

  private async inTransaction<T>(begin: string, fn: (q: Query) => Promise<T>): Promise<T> {
    const client = await this.connect();
    try {
      await client.query(begin);
      const r = await fn(queryOn(client));
      await client.query('COMMIT');
      return r;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  private async connect(): Promise<pg.PoolClient> {
    try {
      return await this.pool.connect();
    } catch (e) {
      throw new ClaimScopeError('store.unavailable', `PostgreSQL: ${(e as Error).message}`);
    }
  }

  /** Drops a schema with everything in it (tests clean up after themselves). */
  async dropSchema(schema: string): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
