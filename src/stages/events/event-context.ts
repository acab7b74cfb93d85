// What every incident of one document shares while its event is built: computed once per document.
import type { AnnotationOf } from '../../pipeline/annotations.js';
import type { StageInput } from '../../pipeline/stage.js';
import type { ResolvedOptions } from '../../core/options.js';
import type { Span, Stance } from '../../core/types.js';
import { genreOf } from '../segment/segment.js';
import { contains } from '../../core/span.js';
import { firstStartingAt } from '../../pipeline/run.js';
import { ADJECTIVE_RULE } from '../places/places.js';
import { SpanIndex } from './span-index.js';

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
  /** The spans of those lists and of the sections, each list at its slot in LIST. */
  readonly index: SpanIndex;
}

/** Each list's slot in the index. */
export const LIST = { sections: 0, dates: 1, places: 2, countries: 3, actors: 4, casualties: 5, materiel: 6, territories: 7, cues: 8 } as const;
// One index for the document being assembled (its spans, not its lists, kept till the next).
const spanIndex = new SpanIndex(9);

export function stanceOf(input: StageInput): Stance {
  if (genreOf(input) === 'roundup') return 'claimant';
  if (input.of('dateline').length === 0 && RESEARCH.test(input.doc.text)) return 'research';
  return 'independent';
}

export function eventContext(input: StageInput): EventContext {
  const { doc, options, of } = input;
  const dateline = of('dateline')[0];
  const excluded = of('claim-statement').map((c) => c.span).concat(dateline ? [dateline.span] : []);
  const sections = of('section');
  const dates = usableOf(excluded, of('date'));
  const places = usableOf(excluded, of('place'));
  const countries = usableOf(excluded, of('country'));
  const actors = usableOf(excluded, of('actor'));
  const casualties = usableOf(excluded, of('casualty'));
  const materiel = usableOf(excluded, of('materiel'));
  const territories = usableOf(excluded, of('territory'));
  const cues = usableOf(excluded, of('cue'));
  spanIndex.load([sections, dates, places, countries, actors, casualties, materiel, territories, cues]);
  return {
    docId: doc.id,
    idPrefix: `${doc.id}#e`,
    text: doc.text,
    options,
    stance: stanceOf(input),
    sections,
    excluded,
    datelinePlace: dateline ? of('place').find((p) => contains(dateline.span, p.span)) : undefined,
    bodyStart: dateline ? dateline.span.start : 0,
    documentCountry: ((c) => (c ? { code: c.code, span: c.span } : undefined))(of('country').find((c) => c.rule !== ADJECTIVE_RULE)),
    groupMention: of('actor').find((a) => a.actorKind === 'group'),
    dates, places, countries, actors, casualties, materiel, territories, cues,
    index: spanIndex,
  };
}

/**
 * The annotations of a list that no excluded span holds, in order: once per document, so an event's
 * look-ups (SpanIndex) test positions only. The list itself when none is dropped (most documents).
 * Only the items starting inside an excluded span are read (a binary search to each), not the list.
 */
export function usableOf<T extends { span: Span }>(excluded: readonly Span[], all: readonly T[]): readonly T[] {
  let drops = 0;
  for (let x = 0; x < excluded.length; x++) {
    const ex = excluded[x];
    // An item it holds starts in [ex.start, ex.end] (an empty one may start at its end).
    for (let i = firstStartingAt(all, ex.start); i < all.length && all[i].span.start <= ex.end; i++) {
      if (all[i].span.end > ex.end) continue;
      if (dropped.length < all.length) dropped = grown(dropped, all.length);
      drops += 1 - dropped[i];
      dropped[i] = 1;
    }
  }
  if (drops === 0) return all;
  const kept = new Array<T>(all.length - drops);
  for (let i = 0, n = 0; i < all.length; i++) {
    if (dropped[i] === 0) kept[n++] = all[i];
    else dropped[i] = 0;
  }
  return kept;
}

// Marks of the items usableOf drops, all 0 between calls.
let dropped: Uint8Array = new Uint8Array(256);
const grown = (a: Uint8Array, n: number): Uint8Array => new Uint8Array(Math.max(n, 2 * a.length));
