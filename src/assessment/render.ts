// Reduced-exposure reading for analysts: the text with the group's pejoratives, self-designations
// and glorification formulae replaced by their neutral renderings (DOMAIN.md §2), and a map from
// every replacement back to the original characters. Text inside quotation marks is left as it is:
// there someone else is quoting the group, and the analyst must see what was quoted.
import type { Annotation } from '../pipeline/annotations.js';
import type { Span } from '../core/types.js';
import { loadTsv } from '../lexicon/load.js';
import { quotedSpans } from './quotes.js';

export interface Replacement {
  /** Where the neutral words stand in the rendered text. */
  neutral: Span;
  /** The characters they replace in the original text. */
  original: Span;
  /** Why: the actor vocabulary or the assessment cue's code. */
  rule: string;
}

export interface NeutralRendering { text: string; replacements: Replacement[] }

let cueNeutral: Map<string, string> | null = null;

function neutralOfCue(text: string, span: Span): string {
  cueNeutral ??= new Map(loadTsv('assessment-cues.tsv', ['phrase', 'code', 'neutral']).filter((r) => r.neutral).map((r) => [r.phrase.toLowerCase(), r.neutral]));
  return cueNeutral.get(text.slice(span.start, span.end).toLowerCase().replace(/[’‘]/g, "'")) ?? '';
}

/** Actor names with a country placeholder ("{adj} army") read without it when no country is known. */
function neutralActor(canonical: string, term: string): string {
  const name = canonical.replace(/\{adj\}\s*/g, '');
  // "soldiers of the Khilafah", "mujahidin" name the group's fighters, not the group.
  if (/\b(?:soldiers|fighters|mujahid(?:in|een))\b/i.test(term)) return `${name} fighters`;
  if (/\b(?:soldier|fighter|mujahid)\b/i.test(term)) return `${name} fighter`;
  return name;
}

export function renderNeutral(text: string, annotations: readonly Annotation[]): NeutralRendering {
  const quoted = quotedSpans(text);
  const inQuote = (s: Span) => quoted.some((q) => q.start <= s.start && s.end <= q.end);
  const wanted: { span: Span; words: string; rule: string }[] = [];
  for (const a of annotations) {
    if (inQuote(a.span)) continue;
    if (a.kind === 'actor' && a.ingroup) wanted.push({ span: a.span, words: neutralActor(a.canonical, text.slice(a.span.start, a.span.end)), rule: 'actors.tsv' });
    else if (a.kind === 'assessment-cue' && a.code.startsWith('voice.')) {
      const words = neutralOfCue(text, a.span);
      if (words) wanted.push({ span: a.span, words, rule: a.code });
    }
  }
  // Longest first at each start, then no overlaps.
  wanted.sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
  const out: string[] = [];
  const replacements: Replacement[] = [];
  let at = 0;
  let length = 0;
  for (const w of wanted) {
    if (w.span.start < at) continue;
    // "Our brother" at a sentence start becomes "The fighter".
    if (/^\p{Lu}/u.test(text.slice(w.span.start, w.span.start + 1))) w.words = w.words.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    let kept = text.slice(at, w.span.start);
    // "an istishhadi" becomes "a suicide attacker": the article follows the new first sound (and is mapped too).
    const article = /\b(an?)(\s+)$/i.exec(kept);
    if (article && agree(article[1], w.words) !== article[1]) {
      const before = kept.slice(0, article.index);
      const fixed = agree(article[1], w.words);
      out.push(before, fixed);
      length += before.length;
      replacements.push({ neutral: { start: length, end: length + fixed.length }, original: { start: at + article.index, end: at + article.index + article[1].length }, rule: 'article' });
      length += fixed.length;
      kept = article[2];
    }
    out.push(kept, w.words);
    length += kept.length;
    replacements.push({ neutral: { start: length, end: length + w.words.length }, original: w.span, rule: w.rule });
    length += w.words.length;
    at = w.span.end;
  }
  out.push(text.slice(at));
  return { text: out.join(''), replacements };
}

function agree(article: string, next: string): string {
  const an = /^[aeiou]/i.test(next);
  const word = an ? 'an' : 'a';
  return article[0] === 'A' ? word[0].toUpperCase() + word.slice(1) : word;
}

/** The original offset of a position in the rendered text (inside a replacement: its start). */
export function originalOffset(r: NeutralRendering, pos: number): number {
  let shift = 0;
  for (const x of r.replacements) {
    if (pos < x.neutral.start) break;
    if (pos < x.neutral.end) return x.original.start;
    shift = x.original.end - x.neutral.end;
  }
  return pos + shift;
}
