// The Store: documents (content-addressed), analyses (history kept), events under review, API keys,
// the audit log, and the banks (bank-store.ts). One interface, two implementations (SQLite, the
// embedded default, and PostgreSQL), one contract test suite (contract.test.ts).
import type { AnalysisResult, ClaimEvent, EventDate, EventLocation, EventType, Stance } from '../core/types.js';
import type { BankStore, WriteContext } from './bank-store.js';
import type { BriefRow } from './event-brief.js';

export type { WriteContext } from './bank-store.js';

export const EVENT_STATUSES = ['draft', 'verified', 'rejected'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Page<T> { items: T[]; total: number; limit: number; offset: number }
export interface PageRequest { limit: number; offset: number }

export interface IngestInput {
  /** The document as analysed; its sha256 (of the raw UTF-8 bytes) is the document id. */
  text: string;
  result: AnalysisResult;
  /** Where it came from: a file path, a JSON Lines record id, an upload name. */
  name: string | null;
  title: string | null;
  published: string | null;
}

export type IngestStatus = 'new' | 'unchanged' | 'reanalysed';

export interface IngestOutcome { status: IngestStatus; documentId: string; analysisId: number; events: number }

export interface DocumentSummary {
  id: string;
  title: string | null;
  names: string[];
  published: string | null;
  chars: number;
  language: string;
  label: AnalysisResult['assessment']['label'];
  score: number;
  events: number;
  analyses: number;
  latestAnalysis: number;
  ingested: string;
  updated: string;
}

export interface DocumentDetail extends DocumentSummary { text: string }

export interface DocumentQuery extends PageRequest {
  q?: string;
  label?: AnalysisResult['assessment']['label'];
}

export interface AnalysisSummary { id: number; documentId: string; pipeline: string; published: string | null; events: number; created: string; by: string; latest: boolean }

/** The pipeline's output as it was produced (never edited), and the events as reviewed now. */
export interface AnalysisRecord extends AnalysisSummary { result: AnalysisResult; reviewed: StoredEvent[] }

export interface StoredEvent {
  id: number;
  documentId: string;
  analysisId: number;
  /** The event's place in its analysis (0-based). */
  ordinal: number;
  status: EventStatus;
  /** Goes up by one on every change: the ETag for If-Match. */
  version: number;
  /** Fields people changed ('summary', 'date.best', 'casualties.killed' …). */
  edited: string[];
  /** True for the events of the document's latest analysis. */
  current: boolean;
  pipeline: string;
  document: { title: string | null; name: string | null };
  created: string;
  updated: string;
  event: ClaimEvent;
}

export const EVENT_SORTS = ['date', '-date', 'id', '-id'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

export interface EventFilter {
  country?: string;
  /** An admin-1 name or ISO 3166-2 code. */
  admin1?: string;
  /** The event's date interval overlaps [from, to] (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** An ACLED event or sub-event type, or a GTD attack type. */
  type?: string;
  /** Part of an actor's neutral name. */
  actor?: string;
  status?: readonly EventStatus[];
  /** Free text over the incident's own text, summary, place and actors (every word, as a prefix). */
  q?: string;
  documentId?: string;
  /** current (default): the latest analysis of each document; all: every analysis, history included. */
  scope?: 'current' | 'all';
}

export interface EventQuery extends EventFilter, PageRequest { sort?: EventSort }

export type DatePatch = Partial<Pick<EventDate, 'earliest' | 'latest' | 'best' | 'precision'>>;
export type LocationPatch = Partial<Pick<EventLocation, 'name' | 'country' | 'admin1' | 'admin1Code' | 'lat' | 'lon' | 'precision' | 'uncertaintyKm'>>;
export interface QuantityPatch { low: number | null; best: number | null; high: number | null }

export interface EventPatch {
  summary?: string;
  stance?: Stance;
  date?: DatePatch;
  location?: LocationPatch;
  type?: Partial<EventType>;
  casualties?: Partial<Record<keyof ClaimEvent['casualties'], QuantityPatch | null>>;
  status?: EventStatus;
}

export type EditAction = 'edit' | 'verify' | 'reject' | 'reopen' | 'carry';

export interface EventEdit { id: number; eventId: number; action: EditAction; by: string; at: string; before: unknown; after: unknown; note: string | null }

export interface EventChange {
  patch: EventPatch;
  action?: EditAction;
  note?: string | null;
  /** The version the editor read: a different current version fails with event.version_conflict. */
  ifVersion?: number;
}

/** An event of an analysis that took over a reviewed event of the analysis before it (same span). */
export interface CarriedEvent {
  eventId: number;
  ordinal: number;
  summary: string;
  /** The earlier event it took over from. */
  from: number | null;
  /** What it took over: the earlier event's status and the fields people had edited. */
  carried: { status: EventStatus; edited: string[] };
  /** Its status now: people may have reviewed it again since. */
  status: EventStatus;
  at: string;
  by: string;
}

export interface ApiKeyRecord { id: string; name: string; role: Role; created: string; createdBy: string; revoked: string | null }

export interface AuditEntry { id: number; at: string; by: string; action: string; target: string; before: unknown; after: unknown }

export interface AuditQuery extends PageRequest { action?: string; target?: string }

export interface StoreStats { documents: number; analyses: number; events: Record<EventStatus, number>; banks: number; bankItems: number }

export interface Store extends BankStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Analysed document in one transaction: document, analysis, events, audit. Idempotent per (sha256, pipeline, published). */
  ingest(input: IngestInput, ctx: WriteContext): Promise<IngestOutcome>;
  /** This exact analysis, if stored already (lets an ingest skip the work). */
  findAnalysis(documentId: string, pipeline: string, published: string | null): Promise<{ id: number; events: number } | null>;
  /** Records another name of a stored document; true when it was new. */
  addName(documentId: string, name: string, ctx: WriteContext): Promise<boolean>;
  document(id: string): Promise<DocumentDetail | null>;
  documents(query: DocumentQuery): Promise<Page<DocumentSummary>>;
  analyses(documentId: string): Promise<AnalysisSummary[]>;
  analysis(id: number): Promise<AnalysisRecord | null>;

  events(query: EventQuery): Promise<Page<StoredEvent>>;
  /** Every matching event, oldest id first, read in pages (exports). */
  eachEvent(filter: EventFilter): AsyncIterable<StoredEvent>;
  /** The brief (event-brief.ts) of every matching event, newest first, at most `limit`, with the total. */
  eventBriefs(filter: EventFilter, limit: number): Promise<{ rows: BriefRow[]; total: number }>;
  event(id: number): Promise<StoredEvent | null>;
  changeEvent(id: number, change: EventChange, ctx: WriteContext): Promise<StoredEvent>;
  eventHistory(id: number): Promise<EventEdit[]>;
  /** The events of an analysis that carried a reviewed event over from the one before, in text order; null when there is no such analysis. */
  carriedEvents(analysisId: number): Promise<CarriedEvent[] | null>;

  createKey(key: { id: string; hash: string; name: string; role: Role }, ctx: WriteContext): Promise<ApiKeyRecord>;
  /** The key and its hash, for checking a presented key; revoked keys too (the caller refuses them). */
  keyForAuth(id: string): Promise<{ record: ApiKeyRecord; hash: string } | null>;
  keys(): Promise<ApiKeyRecord[]>;
  revokeKey(id: string, ctx: WriteContext): Promise<ApiKeyRecord | null>;

  /** Records a write that has no store method of its own (e.g. a refused import). */
  audit(entry: { action: string; target: string; before?: unknown; after?: unknown }, ctx: WriteContext): Promise<void>;
  auditLog(query: AuditQuery): Promise<Page<AuditEntry>>;
  /** Every action in the audit log with how often it was recorded, by name. */
  auditActions(): Promise<{ action: string; count: number }[]>;
  stats(): Promise<StoreStats>;
}
