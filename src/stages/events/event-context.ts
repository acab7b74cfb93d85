// What every incident of one document shares while its event is built: computed once per document.
import type { AnnotationKind, AnnotationOf } from '../../pipeline/annotations.js';
import type { StageInput } from '../../pipeline/stage.js';
import type { ResolvedOptions } from '../../core/options.js';
import type { Span, Stance } from '../../core/types.js';
import { genreOf } from '../segment/segment.js';
import { contains } from '../../core/span.js';
import { ADJECTIVE_RULE } from '../places/places.js';

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
  readonly within: StageInput['within'];
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
    within: input.within,
  };
}

/** Annotations of a kind inside a span, less those in excluded sentences (few: a linear check). */
export function usableIn<K extends AnnotationKind>(ctx: EventContext, kind: K, span: Span): AnnotationOf<K>[] {
  const found = ctx.within(kind, span);
  if (ctx.excluded.length === 0) return found as AnnotationOf<K>[];
  const out: AnnotationOf<K>[] = [];
  for (const a of found) {
    let ok = true;
    for (const x of ctx.excluded) if (contains(x, a.span)) { ok = false; break; }
    if (ok) out.push(a);
  }
  return out;
}
