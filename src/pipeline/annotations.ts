// Every stage returns Annotations: one shape, discriminated on `kind`, each with its span, stage and rule.
import type { Actor, CasualtyField, ClaimEvent, MaterielAction, Span } from '../core/types.js';
import type { PlaceMatch, Region } from '../geo/gazetteer.js';
import type { IssueCode } from '../core/errors.js';

interface Base { span: Span; stage: string; rule: string }

export type RelativeDate =
  | { kind: 'published-offset'; days: number }                  // yesterday, today
  | { kind: 'weekday'; weekday: number; strictlyBefore: boolean } // on Sunday, last Friday
  | { kind: 'previous-offset'; days: number }                   // the following day, one day after
  | { kind: 'previous-range'; from: number; to: number };       // during the following days

export type DateMention =
  | { calendar: 'hijri'; month: number; day: number; year?: number }
  | { calendar: 'gregorian'; month: number; day: number; year: number | null }
  | { calendar: 'relative'; relative: RelativeDate };

export type Cue =
  | 'suicide' | 'vbied' | 'ied' | 'shelling' | 'grenade' | 'drone' | 'chemical' | 'firearm' | 'sniper'
  | 'melee' | 'execution' | 'incendiary' | 'ramming' | 'assault' | 'clash' | 'abduction' | 'shootdown';

export interface QuantityValue { low: number | null; best: number | null; high: number | null }

export type Annotation =
  | (Base & { kind: 'dateline' })
  | (Base & { kind: 'section'; heading: Span; region: Region })
  | (Base & { kind: 'paragraph' })
  | (Base & { kind: 'sentence' })
  | (Base & { kind: 'date'; mention: DateMention })
  | (Base & { kind: 'cue'; cue: Cue; weapon: string | null })
  | (Base & { kind: 'actor'; canonical: string; actorKind: ActorKind; ingroup: boolean })
  | (Base & { kind: 'casualty'; field: CasualtyField; value: QuantityValue; number: Span })
  | (Base & { kind: 'materiel'; item: string; count: number | null; action: MaterielAction })
  | (Base & { kind: 'territory'; action: 'captured' | 'recaptured' | 'lost'; places: string[] })
  | (Base & { kind: 'place'; match: PlaceMatch })
  | (Base & { kind: 'country'; code: string })
  | (Base & { kind: 'claim-statement' })
  | (Base & { kind: 'incident'; paragraph: Span })
  | (Base & { kind: 'event'; event: ClaimEvent; actors: Actor[] })
  | (Base & { kind: 'issue'; code: IssueCode })
  /** A phrase that speaks to the text's voice or purpose (lexicon/assessment-cues.tsv). */
  | (Base & { kind: 'assessment-cue'; code: string });

export type ActorKind = 'group' | 'armed' | 'civilian' | 'attacker';
export type AnnotationKind = Annotation['kind'];
export type AnnotationOf<K extends AnnotationKind> = Extract<Annotation, { kind: K }>;
