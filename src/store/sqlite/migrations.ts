// SQLite schema, one numbered step per entry (PRAGMA user_version counts the steps run). Steps 1–2
// are the banks of issue 5; files made then open and upgrade in place.
export const SQLITE_MIGRATIONS: readonly string[] = [
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
  `CREATE TABLE documents (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, text TEXT NOT NULL, chars INTEGER NOT NULL,
     language TEXT NOT NULL, title TEXT, published TEXT, label TEXT NOT NULL, score REAL NOT NULL, events INTEGER NOT NULL,
     analyses INTEGER NOT NULL, latest_analysis INTEGER NOT NULL, ingested TEXT NOT NULL, updated TEXT NOT NULL);
   CREATE INDEX documents_updated ON documents (updated);
   CREATE TABLE document_names (document TEXT NOT NULL REFERENCES documents(id), name TEXT NOT NULL, added TEXT NOT NULL, PRIMARY KEY (document, name));
   CREATE TABLE analyses (id INTEGER PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id), pipeline TEXT NOT NULL,
     published_key TEXT NOT NULL, published TEXT, result TEXT NOT NULL, events INTEGER NOT NULL, created TEXT NOT NULL, who TEXT NOT NULL,
     UNIQUE (document, pipeline, published_key));
   CREATE TABLE events (id INTEGER PRIMARY KEY, analysis INTEGER NOT NULL REFERENCES analyses(id), document TEXT NOT NULL REFERENCES documents(id),
     ordinal INTEGER NOT NULL, current INTEGER NOT NULL, status TEXT NOT NULL CHECK (status IN ('draft', 'verified', 'rejected')),
     version INTEGER NOT NULL, edited TEXT NOT NULL, data TEXT NOT NULL, country TEXT, admin1 TEXT, admin1_code TEXT,
     date_earliest TEXT, date_latest TEXT, date_best TEXT, event_type TEXT, sub_event_type TEXT, attack_type TEXT,
     actors TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL, UNIQUE (analysis, ordinal));
   CREATE INDEX events_current_date ON events (current, date_best);
   CREATE INDEX events_document ON events (document, current);
   CREATE INDEX events_place ON events (country, admin1);
   CREATE TABLE event_edits (id INTEGER PRIMARY KEY, event INTEGER NOT NULL REFERENCES events(id), action TEXT NOT NULL, who TEXT NOT NULL,
     at TEXT NOT NULL, before_json TEXT, after_json TEXT, note TEXT);
   CREATE INDEX event_edits_event ON event_edits (event, id);
   CREATE TABLE api_keys (id TEXT PRIMARY KEY, hash TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
     created TEXT NOT NULL, created_by TEXT NOT NULL, revoked TEXT);
   CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, before_json TEXT, after_json TEXT);
   CREATE INDEX audit_target ON audit (target, id);
   CREATE INDEX audit_action ON audit (action, id);
   CREATE VIRTUAL TABLE events_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
   CREATE VIRTUAL TABLE documents_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');`,
  // Issue 7: a compact projection of each event (event-brief.ts) for the map, timeline and table.
  'ALTER TABLE events ADD COLUMN brief TEXT;',
];
