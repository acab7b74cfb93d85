// Paragraphs, sentences, the news dateline and region-headed sections.
import type { Annotation } from '../../pipeline/annotations.js';
import type { Stage, StageInput } from '../../pipeline/stage.js';
import type { Span } from '../../core/types.js';
import { isAsciiLetter, isSpace } from '../../core/chars.js';

const STAGE = 'structure';
const DATELINE = /^[ \t]*((?:[A-Z][A-Z.'’-]*)(?:[ -][A-Z][A-Z.'’-]*){0,3})(?:,[^\n(—–]{0,40}?)?(?:\s*\([^)\n]{1,40}\))?\s*(?:-{1,2}|—|–)\s/;
const SENTENCE_END = /[.!?]["'”’)\]]?\s+(?=["“‘(]?[\p{Lu}\d])/gu;
const ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'no', 'u.s', 'u.n', 'vs', 'etc', 'inc', 'co']);

export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

// Letters enough to make a word longer than any abbreviation.
const LONG_WORD = Math.max(...[...ABBREVIATIONS].map((w) => w.length)) + 1;
const asciiLettersBefore = (body: string, at: number, n: number) => {
  for (let i = at - n; i < at; i++) {
    const c = body.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
};

/** Whether the word before the full stop at `dot` is a known abbreviation or a single letter ("J. Smith"). */
function isAbbreviation(body: string, dot: number): boolean {
  if (dot >= LONG_WORD && asciiLettersBefore(body, dot, LONG_WORD)) return false;
  // The word: the letters and full stops before the dot, up to 8 characters back.
  const lo = Math.max(0, dot - 8);
  let k = dot;
  for (let c = body.charCodeAt(k - 1); k > lo && (isAsciiLetter(c) || c === 46); c = body.charCodeAt(--k - 1));
  // A character outside ASCII may be a letter of the word: the pattern decides.
  if (k > lo && body.charCodeAt(k - 1) >= 128) return isAbbreviationByPattern(body, dot);
  if (k === dot) return false;
  return dot - k === 1 ? body.charCodeAt(k) !== 46 : ABBREVIATIONS.has(body.slice(k, dot).toLowerCase());
}

/** isAbbreviation's definition, for words that may hold letters outside ASCII. */
function isAbbreviationByPattern(body: string, dot: number): boolean {
  const before = /([\p{L}.]+)[.!?]$/u.exec(body.slice(Math.max(0, dot - 8), dot + 1));
  const word = before ? before[1].toLowerCase() : '';
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

export function sentenceSpans(text: string, para: Span): Span[] {
  const out: Span[] = [];
  const body = text.slice(para.start, para.end);
  let s = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
    if (body[m.index] === '.' && isAbbreviation(body, m.index)) continue;
    let end = m.index + m[0].length;
    while (isSpace(body.charCodeAt(end - 1))) end--;
    out.push({ start: para.start + s, end: para.start + end });
    s = m.index + m[0].length;
  }
  if (s < body.length) out.push({ start: para.start + s, end: para.end });
  return out;
}

/** How many runs of `\s` characters `line` holds: one less than the pieces `split(/\s+/)` gives. */
export function whitespaceRuns(line: string): number {
  let runs = 0;
  for (let i = 0; i < line.length; i++) if (isSpace(line.charCodeAt(i)) && (i === 0 || !isSpace(line.charCodeAt(i - 1)))) runs++;
  return runs;
}

/** A heading is a short line without sentence punctuation that names a region. */
function isHeadingShape(line: string): boolean {
  return line.length <= 60 && !/[.,;!?]$/.test(line) && whitespaceRuns(line) < 6 && /^\p{Lu}/u.test(line);
}

export const structureStage: Stage = {
  name: STAGE,
  version: 2,
  kind: 'extractor',
  requires: [],
  provides: ['paragraph', 'sentence', 'section', 'dateline'],
  run({ doc, options }: StageInput): Annotation[] {
    const out: Annotation[] = [];
    const paras = paragraphSpans(doc.text);
    const headings: { span: Span; region: NonNullable<ReturnType<typeof options.gazetteer.region>> }[] = [];
    // The paragraphs that are no heading, in order.
    const body: Span[] = [];
    for (const p of paras) {
      const line = doc.text.slice(p.start, p.end);
      const region = isHeadingShape(line) ? options.gazetteer.region(line) : null;
      if (region) { headings.push({ span: p, region }); continue; }
      body.push(p);
      out.push({ kind: 'paragraph', span: p, stage: STAGE, rule: 'line' });
      for (const s of sentenceSpans(doc.text, p)) out.push({ kind: 'sentence', span: s, stage: STAGE, rule: 'punctuation' });
    }
    headings.forEach((h, i) => {
      const end = i + 1 < headings.length ? headings[i + 1].span.start : doc.text.length;
      out.push({ kind: 'section', span: { start: h.span.start, end }, heading: h.span, region: h.region, stage: STAGE, rule: `heading-${h.region.kind}` });
    });
    // The dateline opens the first paragraph, or the one after a headline (short, no closing punctuation).
    const headline = body[0] && body[0].end - body[0].start <= 120 && !/[.!?:"”’)]$/.test(doc.text.slice(body[0].start, body[0].end));
    for (const p of body.slice(0, headline ? 2 : 1)) {
      const m = p.start < 400 ? DATELINE.exec(doc.text.slice(p.start, p.end)) : null;
      if (m) { out.push({ kind: 'dateline', span: { start: p.start, end: p.start + m[0].length }, stage: STAGE, rule: 'caps-city-dash' }); break; }
    }
    return out;
  },
};
