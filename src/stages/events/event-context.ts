// What every incident of one document shares while its event is built: computed once per document.
import type { AnnotationKind, AnnotationOf } from '../../pipeline/annotations.js';
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
  readonly of: StageInput['of'];
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
    text: doc.text,
    options,
    stance: stanceOf(input),
    sections: of('section'),
    excluded: of('claim-statement').map((c) => c.span).concat(dateline ? [dateline.span] : []),
    datelinePlace: dateline ? of('place').find((p) => contains(dateline.span, p.span)) : undefined,
    bodyStart: dateline ? dateline.span.start : 0,
    documentCountry: ((c) => (c ? { code: c.code, span: c.span } : undefined))(of('country').find((c) => c.rule !== ADJECTIVE_RULE)),
    groupMention: of('actor').find((a) => a.actorKind === 'group'),
    of: input.of,
  };
}

/** Annotations of a kind inside a span, less those in excluded sentences (few: a linear check). */
export function usableIn<K extends AnnotationKind>(ctx: EventContext, kind: K, span: Span): AnnotationOf<K>[] {
  const out: AnnotationOf<K>[] = [];
  const all = ctx.of(kind);
  for (let i = firstStartingAt(all, span.start); i < all.length && all[i].span.start < span.end; i++) {
    if (all[i].span.end <= span.end && usable(ctx, all[i].span)) out.push(all[i]);
  }
  return out;
}

/** The first of them (no list made). */
export function firstUsableIn<K extends AnnotationKind>(ctx: EventContext, kind: K, span: Span): AnnotationOf<K> | undefined {
  const all = ctx.of(kind);
  for (let i = firstStartingAt(all, span.start); i < all.length && all[i].span.start < span.end; i++) {
    if (all[i].span.end <= span.end && usable(ctx, all[i].span)) return all[i];
  }
  return undefined;
}

/** The last of them (no list made). */
export function lastUsableIn<K extends AnnotationKind>(ctx: EventContext, kind: K, span: Span): AnnotationOf<K> | undefined {
  const all = ctx.of(kind);
  let last: AnnotationOf<K> | undefined;
  for (let i = firstStartingAt(all, span.start); i < all.length && all[i].span.start < span.end; i++) {
    if (all[i].span.end <= span.end && usable(ctx, all[i].span)) last = all[i];
  }
  return last;
}

function usable(ctx: EventContext, span: Span): boolean {
  for (const x of ctx.excluded) if (contains(x, span)) return false;
  return true;
}
