// Domain types shared by every layer. Offsets are [start, end) UTF-16 code units into the untouched text.

export interface Span {
  start: number;
  end: number;
}

export type Stance = 'claimant' | 'independent' | 'official' | 'research' | 'unknown';

export interface Issue {
  code: string;
  message: string;
  span?: Span;
}

export type Calendar = 'hijri' | 'gregorian' | 'relative' | 'none';
export type DatePrecision = 'day' | 'days' | 'week' | 'month' | 'year' | 'unknown';

export interface EventDate {
  text: string;
  calendar: Calendar;
  earliest: string | null;
  latest: string | null;
  best: string | null;
  precision: DatePrecision;
  stated: boolean;
  /** Day and month when the year could not be inferred (no publication date). */
  dayOfYear?: { calendar: 'hijri' | 'gregorian'; month: number; day: number } | null;
}

export type LocationPrecision = 'exact' | 'near' | 'admin2' | 'admin1' | 'region' | 'country' | 'unknown';

export interface Candidate {
  name: string;
  country: string;
  admin1: string | null;
  admin1Code: string | null;
  lat: number | null;
  lon: number | null;
  score: number;
  geonameId?: number;
}

export type LocationReason =
  | 'named-place' | 'near-anchor' | 'direction-of-anchor' | 'distance-and-direction' | 'between-places'
  | 'overlooks-anchor' | 'facility-in-place' | 'admin1-centroid' | 'region-country' | 'country-centroid'
  | 'dateline' | 'inherited' | 'none';

export interface EventLocation {
  text: string;
  name: string | null;
  country: string | null;
  admin1: string | null;
  admin1Code: string | null;
  lat: number | null;
  lon: number | null;
  precision: LocationPrecision;
  uncertaintyKm: number | null;
  anchor?: string;
  /** The relation phrase that placed the incident ("near the town of Y"). */
  anchorSpan?: Span;
  /** Why the location is what it is: the relation in the text, or the fallback taken. */
  reason: LocationReason;
  geonameId?: number;
  candidates?: Candidate[];
  /** Where the value came from: the section heading, a town named in the text, or inherited. */
  source: 'heading' | 'text' | 'inherited' | 'none';
  stated: boolean;
}

export interface EventType {
  acledEventType: string | null;
  acledSubEventType: string | null;
  gtdAttackType: string | null;
  gtdWeaponTypes: string[];
  suicide: boolean;
}

export type ActorRole = 'perpetrator' | 'claimant' | 'target' | 'victim' | 'other';

export interface Actor {
  role: ActorRole;
  text: string;
  canonical: string;
  span: Span;
}

export interface Quantity {
  low: number | null;
  best: number | null;
  high: number | null;
  text: string;
  span: Span;
}

export type CasualtyField = 'killed' | 'wounded' | 'killedOrWounded' | 'captured' | 'perpetratorsKilled';
export type Casualties = Record<CasualtyField, Quantity | null>;

export type MaterielAction = 'destroyed' | 'damaged' | 'seized' | 'burned' | 'shot_down';

export interface Materiel {
  item: string;
  count: number | null;
  action: MaterielAction;
  text: string;
  span: Span;
}

export interface Territory {
  action: 'captured' | 'recaptured' | 'lost';
  places: string[];
  span: Span;
}

export interface Evidence {
  field: string;
  start: number;
  end: number;
}

export interface ClaimEvent {
  id: string;
  summary: string;
  span: Span;
  date: EventDate;
  location: EventLocation;
  type: EventType;
  actors: Actor[];
  stance: Stance;
  casualties: Casualties;
  materiel: Materiel[];
  territory: Territory | null;
  evidence: Evidence[];
  confidence: number;
}

export interface AssessmentSignal {
  code: string;
  description: string;
  weight: number;
  /** How many times it fired; `spans` shows the first few. */
  count: number;
  spans: Span[];
}

export interface Assessment {
  label: 'propaganda' | 'reporting' | 'other';
  score: number;
  signals: AssessmentSignal[];
  counterSignals: AssessmentSignal[];
  /** The default is review by a person; nothing here decides on its own. */
  recommendedAction: 'review' | 'none';
  statementOfReasons: {
    facts: string;
    automatedDetection: true;
    automatedDecision: false;
    proposedAction: string;
    ground: string;
    redress: string;
  };
}

export interface Fingerprints {
  sha256: string;
  /** MD5 of the raw UTF-8 bytes, for exchange with existing lists. */
  md5: string;
  normalizedSha256: string;
  /** TLSH of the raw UTF-8 bytes (reference-identical); null under 50 bytes or too little variety. */
  tlshRaw: string | null;
  /** TLSH of the normalised text's UTF-8 bytes. */
  tlsh: string | null;
  /** MinHash-128 over word 5-shingles (fingerprint/minhash.ts); null for an empty normalised text. */
  minhash: number[] | null;
  /** Distinct shingles behind the MinHash: with it, containment of an excerpt can be estimated. */
  shingles: number;
}

export interface DocumentInfo {
  id: string;
  sha256: string;
  chars: number;
  language: string;
  published: string | null;
  title?: string;
}

export interface AnalysisResult {
  schemaVersion: 1;
  document: DocumentInfo;
  assessment: Assessment;
  fingerprints: Fingerprints;
  events: ClaimEvent[];
  issues: Issue[];
  pipeline: { version: string; fingerprint: string };
}
