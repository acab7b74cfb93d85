// PostgreSQL schema, one numbered step per entry (schema_migrations counts the steps run). The same
// tables as SQLite's (sqlite/migrations.ts); search text is a tsvector column with a GIN index.
export const PG_MIGRATIONS: readonly string[] = [
  `CREATE TABLE banks (name text PRIMARY KEY, kind text NOT NULL CHECK (kind IN ('block', 'allow')), thresholds text NOT NULL, created text NOT NULL);
   CREATE TABLE items (bank text NOT NULL REFERENCES banks(name), id text NOT NULL, sha256 text, md5 text, normalized_sha256 text,
     tlsh text, tlsh_raw text, minhash bytea, shingles integer NOT NULL, labels text NOT NULL,
     status text NOT NULL CHECK (status IN ('active', 'disabled', 'tombstone')), updated text NOT NULL, PRIMARY KEY (bank, id));
   CREATE INDEX items_sha256 ON items (sha256);
   CREATE INDEX items_md5 ON items (md5);
   CREATE INDEX items_normalized ON items (normalized_sha256);
   CREATE INDEX items_changes ON items (bank, updated, id);
   CREATE TABLE bands (band integer NOT NULL, key integer NOT NULL, bank text NOT NULL, id text NOT NULL, PRIMARY KEY (band, key, bank, id));
   CREATE INDEX bands_item ON bands (bank, id);
   CREATE TABLE documents (seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id text NOT NULL UNIQUE, text text NOT NULL, chars integer NOT NULL,
     language text NOT NULL, title text, published text, label text NOT NULL, score double precision NOT NULL, events integer NOT NULL,
     analyses integer NOT NULL, latest_analysis bigint NOT NULL, ingested text NOT NULL, updated text NOT NULL, search tsvector);
   CREATE INDEX documents_updated ON documents (updated);
   CREATE INDEX documents_search ON documents USING gin (search);
   CREATE TABLE document_names (document text NOT NULL REFERENCES documents(id), name text NOT NULL, added text NOT NULL, PRIMARY KEY (document, name));
   CREATE TABLE analyses (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, document text NOT NULL REFERENCES documents(id), pipeline text NOT NULL,
     published_key text NOT NULL, published text, result text NOT NULL, events integer NOT NULL, created text NOT NULL, who text NOT NULL,
     UNIQUE (document, pipeline, published_key));
   CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, analysis bigint NOT NULL REFERENCES analyses(id),
     document text NOT NULL REFERENCES documents(id), ordinal integer NOT NULL, current integer NOT NULL,
     status text NOT NULL CHECK (status IN ('draft', 'verified', 'rejected')), version integer NOT NULL, edited text NOT NULL, data text NOT NULL,
     country text, admin1 text, admin1_code text, date_earliest text, date_latest text, date_best text, event_type text, sub_event_type text,
     attack_type text, actors text NOT NULL, created text NOT NULL, updated text NOT NULL, search tsvector, UNIQUE (analysis, ordinal));
   CREATE INDEX events_current_date ON events (current, date_best);
   CREATE INDEX events_document ON events (document, current);
   CREATE INDEX events_place ON events (country, admin1);
   CREATE INDEX events_search ON events USING gin (search);
   CREATE TABLE event_edits (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, event bigint NOT NULL REFERENCES events(id), action text NOT NULL,
     who text NOT NULL, at text NOT NULL, before_json text, after_json text, note text);
   CREATE INDEX event_edits_event ON event_edits (event, id);
   CREATE TABLE api_keys (id text PRIMARY KEY, hash text NOT NULL, name text NOT NULL, role text NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
     created text NOT NULL, created_by text NOT NULL, revoked text);
   CREATE TABLE audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at text NOT NULL, who text NOT NULL, action text NOT NULL, target text NOT NULL,
     before_json text, after_json text);
   CREATE INDEX audit_target ON audit (target, id);
   CREATE INDEX audit_action ON audit (action, id);`,
  // Issue 7: a compact projection of each event (event-brief.ts) for the map, timeline and table.
  'ALTER TABLE events ADD COLUMN brief text;',
];
