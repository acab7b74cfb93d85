// What the SQL store needs of a database: queries with `?` placeholders, reads and transactions.
// SQLite (sqlite-db.ts) and PostgreSQL (pg-db.ts) each provide one; the SQL that differs between
// them (full-text search, locking) lives in their Dialect.
export type Param = string | number | null | Buffer;

export interface Query {
  all<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  run(sql: string, params?: readonly Param[]): Promise<number>;
}

export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** Appended to a SELECT that must lock the row until the transaction ends. */
  readonly forUpdate: string;
  /** A condition on events `e` with one `?` parameter: the folded query tokens (ftsQuery). */
  readonly eventMatch: string;
  /** A condition on documents `d` with one `?` parameter. */
  readonly documentMatch: string;
  ftsQuery(tokens: readonly string[]): string;
  /** Statement and parameters that set the search text of an event or a document. */
  setEventSearch(id: number, body: string): [string, Param[]];
  setDocumentSearch(seq: number, body: string): [string, Param[]];
}

export interface Db {
  readonly dialect: Dialect;
  /** Statements run together, seeing one state of the database. */
  read<T>(fn: (q: Query) => Promise<T>): Promise<T>;
  /** All or nothing; writers are serialised. */
  tx<T>(fn: (q: Query) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
