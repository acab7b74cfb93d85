// Incidents: spans of text that each describe one claimed or reported incident.
// Roundups: every paragraph with an action opens one; "also", "in a separate attack", a second
// blow at the same scene or a new date open more. News: one incident until a marker or a new date.
import type { Annotation } from '../../pipeline/annotations.js';
import type { Stage, StageInput } from '../../pipeline/stage.js';
import type { Span } from '../../core/types.js';
import { contains } from '../../core/span.js';
import {
  ACTION_VERB, CLAIM_STATEMENT, isBackground, MAY_BE_BACKGROUND, MAY_BE_TOLL_UPDATE, NEWS_UPDATE, OPENS_INCIDENT, OPENS_ROUNDUP_INCIDENT, TOLL_UPDATE,
} from './markers.js';

const STAGE = 'segment';

export type Genre = 'roundup' | 'news';

export function genreOf(input: StageInput): Genre {
  return input.of('section').length > 0 || input.of('date').some((d) => d.mention.calendar === 'hijri') ? 'roundup' : 'news';
}



/**
 * A start-sorted list read by spans whose starts never go back (a document's sentences in order):
 * where the items inside a span begin is found by walking on from the last span, not by a search.
 */
export class ForwardWithin<T extends { span: Span }> {
  private from = 0;
  constructor(private readonly sorted: readonly T[]) {}

  /** Whether an item lies inside `span`: a non-empty `within`, with no list built. */
  any(span: Span): boolean {
    const { sorted } = this;
    for (let i = this.firstAt(span.start); i < sorted.length && sorted[i].span.start < span.end; i++) if (sorted[i].span.end <= span.end) return true;
    return false;
  }

  /** The first item inside `span` and outside `outside`: the first of `within` that is. */
  first(span: Span, outside: Span | undefined): T | undefined {
    const { sorted } = this;
    for (let i = this.firstAt(span.start); i < sorted.length && sorted[i].span.start < span.end; i++) {
      const d = sorted[i];
      if (d.span.end <= span.end && !(outside !== undefined && contains(outside, d.span))) return d;
    }
    return undefined;
  }

  /** The index of the first item starting at or after `pos` (then the items from there are read in place). */
  firstAt(pos: number): number {
    const { sorted } = this;
    let i = this.from;
    while (i < sorted.length && sorted[i].span.start < pos) i++;
    this.from = i;
    return i;
  }
}

/** In a news paragraph, a sentence led by a new date opens an incident unless it reports on the last one. */
function opensNewsIncident(text: string, sentenceStart: number, date: Span): boolean {
  return date.start - sentenceStart < 20 && !NEWS_UPDATE.test(text.slice(date.end, date.end + 60));
}

export const segmentStage: Stage = {
  name: STAGE,
  version: 3,
  kind: 'extractor',
  requires: ['paragraph', 'sentence', 'date', 'cue', 'casualty', 'materiel', 'territory', 'dateline'],
  provides: ['incident', 'claim-statement'],
  run(input: StageInput): Annotation[] {
    const { doc, of } = input;
    const genre = genreOf(input);
    const out: Annotation[] = [];
    const dateline = of('dateline')[0]?.span;
    const dates = new ForwardWithin(of('date'));
    const evidence = [of('cue'), of('casualty'), of('materiel'), of('territory')].map((list) => new ForwardWithin<{ span: Span }>(list));
    const hasEvidence = (s: Span) => evidence[0].any(s) || evidence[1].any(s) || evidence[2].any(s) || evidence[3].any(s);
    type Open = { start: number; end: number; paragraph: Span; dateText: string | null };
    let open: Open | null = null as Open | null;
    const close = () => {
      if (open) out.push({ kind: 'incident', span: { start: open.start, end: open.end }, paragraph: open.paragraph, stage: STAGE, rule: genre });
      open = null;
    };
    // Sentences read forward paragraph by paragraph (no list made per paragraph).
    const sentences = of('sentence');
    const sentencesFrom = new ForwardWithin(sentences);
    for (const para of of('paragraph')) {
      if (genre === 'roundup') close();
      for (let si = sentencesFrom.firstAt(para.span.start); si < sentences.length && sentences[si].span.start < para.span.end; si++) {
        const sent = sentences[si];
        if (sent.span.end > para.span.end) continue;
        const text = doc.text.slice(sent.span.start, sent.span.end);
        const claim = genre === 'news' && CLAIM_STATEMENT.test(text);
        const background = genre === 'news' && !claim && MAY_BE_BACKGROUND.test(text) && isBackground(text);
        if (claim || background) {
          out.push({ kind: 'claim-statement', span: sent.span, stage: STAGE, rule: claim ? 'claim' : 'background' });
          if (open) open.end = Math.max(open.end, sent.span.end);
          continue;
        }
        const sentDate = dates.first(sent.span, dateline);
        // (A news sentence with no date and no evidence has no action: the pattern is not run for it.)
        const hasAction = hasEvidence(sent.span) || ((genre === 'roundup' || sentDate !== undefined) && ACTION_VERB.test(text));
        if (!hasAction) {
          if (open) open.end = Math.max(open.end, sent.span.end);
          continue;
        }
        const dateText = sentDate ? doc.text.slice(sentDate.span.start, sentDate.span.end) : null;
        const current: Open | null = open;
        // A toll update ("two of the wounded later died") reports on the last incident, wherever its date stands.
        const update = genre === 'news' && MAY_BE_TOLL_UPDATE.test(text) && TOLL_UPDATE.test(text);
        // (The date first: it settles most roundup sentences without a pass over their text.)
        const startsNew = current === null || (!update && (
          (sentDate !== undefined && current.dateText !== dateText && (genre === 'roundup'
            ? sentDate.span.start - sent.span.start < 40
            : current.dateText !== null && (sent.span.start === para.span.start || opensNewsIncident(doc.text, sent.span.start, sentDate.span))))
          || (genre === 'roundup' ? OPENS_ROUNDUP_INCIDENT : OPENS_INCIDENT).test(text)));
        if (startsNew) {
          close();
          open = { start: sent.span.start, end: sent.span.end, paragraph: para.span, dateText };
        } else if (open) {
          open.end = Math.max(open.end, sent.span.end);
          open.dateText ??= dateText;
        }
      }
    }
    close();
    return out;
  },
};
