// The store options every store command takes, and who a command-line write is recorded as.
import { userInfo } from 'node:os';
import { openStore, DEFAULT_DB } from '../store/open.js';
import type { Store, WriteContext } from '../store/store.js';

export const STORE_OPTIONS = { db: { type: 'string' }, 'database-url': { type: 'string' } } as const;

export const STORE_HELP = `  --db FILE                SQLite file (default ${DEFAULT_DB})
  --database-url URL       PostgreSQL (postgres://…); $DATABASE_URL is used when neither is given`;

export function openCliStore(values: { db?: string; 'database-url'?: string }): Promise<Store> {
  return openStore({ db: values.db, databaseUrl: values['database-url'] });
}

export function cliContext(): WriteContext {
  let user = 'unknown';
  try { user = userInfo().username; } catch { /* no passwd entry (containers) */ }
  return { by: `cli:${user}` };
}
