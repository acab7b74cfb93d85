// What every incident of one document shares while its event is built: computed once per document.
import type { AnnotationOf } from '../../pipeline/annotations.js';
import type { StageInput } from '../../pipeline/stage.js';
import type { ResolvedOptions } from '../../core/options.js';
import type { Span, Stance } from '../../core/types.js';
import { genreOf } from '../segment/segment.js';
import { contains } from '../../core/span.js';
import { ADJECTIVE_RULE } from '../places/places.js';
import { firstStartingAt } from '../../pipeline/run.js';

const RESEARCH = /\b(?:researchers?|analysts?|our\s+analysis|this\s+(?:study|report|paper)|dataset|think\s+tank|monitoring\s+group)\b/i;

export interface EventContext {
  readonly docId: string;
  /** `${docId}#e`: an event's id is this and its number. */
  readonly idPrefix: string;
  readonly text: string;
  readonly options: ResolvedOptions;
  readonly stance: Stance;
  readonly sections: readonly AnnotationOf<'section'>[];
  /** Claim and background sentences and the dateline: no figures or dates are taken from them. */
  readonly excluded: readonly Span[];
  readonly datelinePlace: AnnotationOf<'place'> | undefined;
  /** Where the body begins: a headline above the dateline summarises, the body states. */
  readonly bodyStart: number;
  readonly documentCountry: { code: string; span: Span } | undefined;
  readonly groupMention: AnnotationOf<'actor'> | undefined;
  // The start-sorted lists an event reads, fetched once per document.
  readonly dates: readonly AnnotationOf<'date'>[];
  readonly places: readonly AnnotationOf<'place'>[];
  readonly countries: readonly AnnotationOf<'country'>[];
  readonly actors: readonly AnnotationOf<'actor'>[];
  readonly casualties: readonly AnnotationOf<'casualty'>[];
  readonly materiel: readonly AnnotationOf<'materiel'>[];
  readonly territories: readonly AnnotationOf<'territory'>[];
  readonly cues: readonly AnnotationOf<'cue'>[];
}

export function stanceOf(input: StageInput): Stance {
  if (genreOf(input) === 'roundup') return 'claimant';
  if (input.of('dateline').length === 0 && RESEARCH.test(input.doc.text)) return 'research';
  return 'independent';
}

export function eventContext(input: StageInput): EventContext {
  const { doc, options, of } = input;
  const dateline = of('dateline')[0];
  return {
    docId: doc.id,
    idPrefix: `${doc.id}#e`,
    text: doc.text,
    options,
    stance: stanceOf(input),
    sections: of('section'),
    excluded: of('claim-statement').map((c) => c.span).concat(dateline ? [dateline.span] : []),
    datelinePlace: dateline ? of('place').find((p) => contains(dateline.span, p.span)) : undefined,
    bodyStart: dateline ? dateline.span.start : 0,
    documentCountry: ((c) => (c ? { code: c.code, span: c.span } : undefined))(of('country').find((c) => c.rule !== ADJECTIVE_RULE)),
    groupMention: of('actor').find((a) => a.actorKind === 'group'),
    dates: of('date'), places: of('place'), countries: of('country'), actors: of('actor'), casualties: of('casualty'),
    materiel: of('materiel'), territories: of('territory'), cues: of('cue'),
  };
}

// Not frozen: for-of over a frozen array takes the slow, allocating iterator path.
const NONE: readonly never[] = [];

/**
 * Annotations of a start-sorted list inside a span, less those in excluded sentences (few: a linear
 * check). Counted first, so the list is made at its size (a first push reserves 17 slots); none shares one empty list.
 */
export function usableIn<T extends { span: Span }>(ctx: EventContext, all: readonly T[], span: Span): readonly T[] {
  const first = firstStartingAt(all, span.start);
  let n = 0;
  for (let i = first; i < all.length && all[i].span.start < span.end; i++) {
    if (all[i].span.end <= span.end && usable(ctx, all[i].span)) n++;
  }
  if (n === 0) return NONE;
  const out = new Array<T>(n);
  n = 0;
  for (let i = first; n < out.length; i++) {
    if (all[i].span.end <= span.end && usable(ctx, all[i].span)) out[n++] = all[i];
  }
  return out;
}

/** The first of them (no list made). */
export function firstUsableIn<T extends { span: Span }>(ctx: EventContext, all: readonly T[], span: Span): T | undefined {
  for (let i = firstStartingAt(all, span.start); i < all.length && all[i].span.start < span.end; i++) {
    if (all[i].span.end <= span.end && usable(ctx, all[i].span)) return all[i];
  }
  return undefined;
}

/** The last of them (no list made). */
export function lastUsableIn<T extends { span: Span }>(ctx: EventContext, all: readonly T[], span: Span): T | undefined {
  let last: T | undefined;
  for (let i = firstStartingAt(all, span.start); i < all.length && all[i].span.start < span.end; i++) {
    if (all[i].span.end <= span.end && usable(ctx, all[i].span)) last = all[i];
  }
  return last;
}

function usable(ctx: EventContext, span: Span): boolean {
  for (const x of ctx.excluded) if (contains(x, span)) return false;
  return true;
}
