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
  // The start-sorted lists an event reads, fetched once per document, less what an excluded span holds.
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
  const excluded = of('claim-statement').map((c) => c.span).concat(dateline ? [dateline.span] : []);
  return {
    docId: doc.id,
    idPrefix: `${doc.id}#e`,
    text: doc.text,
    options,
    stance: stanceOf(input),
    sections: of('section'),
    excluded,
    datelinePlace: dateline ? of('place').find((p) => contains(dateline.span, p.span)) : undefined,
    bodyStart: dateline ? dateline.span.start : 0,
    documentCountry: ((c) => (c ? { code: c.code, span: c.span } : undefined))(of('country').find((c) => c.rule !== ADJECTIVE_RULE)),
    groupMention: of('actor').find((a) => a.actorKind === 'group'),
    dates: usableOf(excluded, of('date')), places: usableOf(excluded, of('place')), countries: usableOf(excluded, of('country')),
    actors: usableOf(excluded, of('actor')), casualties: usableOf(excluded, of('casualty')), materiel: usableOf(excluded, of('materiel')),
    territories: usableOf(excluded, of('territory')), cues: usableOf(excluded, of('cue')),
  };
}

/**
 * The annotations of a list that no excluded span holds, in order: once per document, so an event's
 * look-ups (sortedWithin, firstWithin, lastWithin) test positions only. The list itself when none is dropped (most documents).
 */
export function usableOf<T extends { span: Span }>(excluded: readonly Span[], all: readonly T[]): readonly T[] {
  let kept: T[] | null = null;
  for (let i = 0; i < all.length; i++) {
    if (!usable(excluded, all[i].span)) kept ??= all.slice(0, i);
    else if (kept) kept.push(all[i]);
  }
  return kept ?? all;
}

/** The first item of a start-sorted list inside a span, as sortedWithin (pipeline/run.ts) lists them (no list made). */
export function firstWithin<T extends { span: Span }>(list: readonly T[], span: Span): T | undefined {
  for (let i = firstStartingAt(list, span.start); i < list.length && list[i].span.start < span.end; i++) {
    if (list[i].span.end <= span.end) return list[i];
  }
  return undefined;
}

/** The last of them (no list made). */
export function lastWithin<T extends { span: Span }>(list: readonly T[], span: Span): T | undefined {
  let last: T | undefined;
  for (let i = firstStartingAt(list, span.start); i < list.length && list[i].span.start < span.end; i++) {
    if (list[i].span.end <= span.end) last = list[i];
  }
  return last;
}

function usable(excluded: readonly Span[], span: Span): boolean {
  for (let i = 0; i < excluded.length; i++) if (contains(excluded[i], span)) return false;
  return true;
}
