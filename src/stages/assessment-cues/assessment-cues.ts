// Phrases that speak to a text's voice (glorification, "our brother", threats) or to its purpose
// (attribution, hedging, analysis, citations, bylines): read once here, weighed by the assessment.
import type { Annotation } from '../../pipeline/annotations.js';
import type { Stage, StageInput } from '../../pipeline/stage.js';
import { loadTsv } from '../../lexicon/load.js';
import { PhraseDictionary } from '../../core/phrases.js';
import { tokenize, type Tokens } from '../../core/tokens.js';
import { contains } from '../../core/span.js';
import { lettersCode, skipAlnumBack, skipLettersBack, skipSpacesBack, wordCode } from '../../core/scan-back.js';
import { includesVia, matchesLedBy } from '../../core/literal-led.js';
import { isWordChar } from '../../core/chars.js';

const STAGE = 'assessment-cues';

// Structural cues no phrase list holds: "(Smith 2019)", "(Smith and Jones, 2018)", "et al.", links; a byline line.
export const CITATION = /\((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:et\s+al\.|and\s+\p{Lu}[\p{L}'’-]+))?,?\s+(?:19|20)\d\d[a-z]?(?:,\s*p+\.\s*\d+)?\)|\bet\s+al\.|\bhttps?:\/\/\S+|\bdoi:\s*\S+/gu;
export const BYLINE = /^(?:By\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}|\(?(?:Reporting|Writing|Editing|Additional\s+reporting)\s+by\s+[^\n]{3,80})[ \t]*$/gmu;

// The claimant's own forms: counting the enemy as "of them", its province names inside sentences,
// its agency's or statement's header opening the text. Each is found from a literal ("of them",
// "Wilayat") and checked around it: a leading lookbehind or alternation would be tried everywhere.
export const OF_THEM = /\bof\s+them\b/g;
export const COUNT_BEFORE = /\b(?:killing|wounding|killed|wounded|injuring)\s+(?:and\s+(?:wounding|injuring)\s+)?(?:(?:more\s+than|at\s+least|around|about|over)\s+)?(?:\d+|[a-z]+)\s+$/i;
const COUNT_WINDOW = 50;
// The words COUNT_BEFORE puts right before its count, each after a space or a word boundary.
const BEFORE_COUNT = new Set(['killing', 'wounding', 'killed', 'wounded', 'injuring', 'than', 'least', 'around', 'about', 'over'].map(wordCode));
export const PROVINCE = /\b(?:Wilayat|Wilayah\s+of)\s+(?:al-|as-|ar-|ash-)?\p{Lu}[\p{L}'’-]+/gu;
const OWN_HEADER = /^\s*(?:(?:Amaq|A['’]maq)(?:\s+News)?(?:\s+Agency)?\s*:|Statement\s*\n)/iu;
// Its media offices are named after its provinces ("the Media Office of Sinai Wilayah"); its media
// products open with their genre ("Photo report:"); its agency has its own dateline and source formula.
const MEDIA_OFFICE = /\bMedia\s+Office\s+of\s+(?:the\s+)?(?:Wilayat\s+(?:al-|as-|ar-|ash-)?\p{Lu}[\p{L}'’-]+|Wilayah\s+of\s+(?:al-|as-|ar-|ash-)?\p{Lu}[\p{L}'’-]+|(?:\p{Lu}[\p{L}'’-]+\s+){1,2}Wilayah)/gu;
export const MEDIA_PRODUCT = /^[ \t]*(?:Photo\s+report|Infographic|Video\s+release|Audio\s+release|Harvest\s+of\s+the\s+soldiers)\b/i;
export const AGENCY_DATELINE = /^[ \t]*\p{Lu}[\p{L}'’ -]{1,30}?\s+[-–—]\s+(?:Amaq|A['’]maq)\s*:/iu;
// The first letters MEDIA_PRODUCT's names can start with (it ignores case).
const MEDIA_PRODUCT_FIRST = new Set(['p', 'i', 'v', 'a', 'h', 'P', 'I', 'V', 'A', 'H']);
const AGENCY_SOURCE = /\b(?:a|an)\s+(?:\p{L}+\s+)?source\s+told\s+(?:Amaq|A['’]maq)\b/giu;

/**
 * Whether COUNT_BEFORE can match text[from, to): a necessary condition, read backwards. It ends
 * with spaces, a count (digits or letters) after spaces, and one of BEFORE_COUNT before those.
 */
export function mayEndWithCount(text: string, from: number, to: number): boolean {
  const countEnd = skipSpacesBack(text, from, to);
  if (countEnd === to) return false;
  const countStart = skipAlnumBack(text, from, countEnd);
  if (countStart === countEnd) return false;
  const wordEnd = skipSpacesBack(text, from, countStart);
  if (wordEnd === countStart) return false;
  return BEFORE_COUNT.has(lettersCode(text, skipLettersBack(text, from, wordEnd), wordEnd));
}

/** Whether MEDIA_PRODUCT can match the line at `start`: its first character after blanks opens one of the names. */
export function mayOpenMediaProduct(text: string, start: number): boolean {
  const limit = Math.min(text.length, start + 60);
  let p = start;
  while (p < limit && (text[p] === ' ' || text[p] === '\t')) p++;
  return p < limit && MEDIA_PRODUCT_FIRST.has(text[p]);
}

/** Whether CITATION can match: each of its forms holds "(", "al.", "://" or "doi:". */
export function mayCite(text: string): boolean {
  return text.includes('(') || includesVia(text, 'al.', 2) || includesVia(text, '://', 0) || includesVia(text, 'doi:', 3);
}

/** Whether BYLINE can match: each of its forms holds one of these capitalised words. */
export function mayHaveByline(text: string): boolean {
  return ['By', 'Reporting', 'Writing', 'Editing', 'Additional'].some((w) => text.includes(w));
}

/**
 * Where OF_THEM matches in `text`, in order, as [start, end) pairs. Found from each "them" (by its
 * "m": indexOf skips fast to a rare character, not to "t") and read backwards, instead of the
 * pattern tried at every position.
 */
export function ofThemMatches(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let m = text.indexOf('m', 3); m !== -1; m = text.indexOf('m', m + 1)) {
    const q = m - 3;
    if (text.charCodeAt(q) !== 116 || text.charCodeAt(q + 1) !== 104 || text.charCodeAt(q + 2) !== 101) continue;
    if (q + 4 < text.length && isWordChar(text.charCodeAt(q + 4))) continue;
    const gap = skipSpacesBack(text, 0, q);
    if (gap === q || gap < 2 || text.charCodeAt(gap - 2) !== 111 || text.charCodeAt(gap - 1) !== 102) continue;
    if (gap > 2 && isWordChar(text.charCodeAt(gap - 3))) continue;
    out.push([gap - 2, q + 4]);
  }
  return out;
}

const MAQ = /maq/gi;

/** Where "maq" occurs in any case (as AGENCY_DATELINE's /iu reads its "Amaq"), in order. */
export function maqPositions(text: string): number[] {
  const out: number[] = [];
  MAQ.lastIndex = 0;
  for (let m = MAQ.exec(text); m; m = MAQ.exec(text)) out.push(m.index);
  return out;
}

function claimantForms(text: string): { start: number; end: number; code: string; rule: string }[] {
  const out: { start: number; end: number; code: string; rule: string }[] = [];
  for (const [at, end] of ofThemMatches(text)) {
    const from = Math.max(0, at - COUNT_WINDOW);
    const before = mayEndWithCount(text, from, at) ? COUNT_BEFORE.exec(text.slice(from, at)) : null;
    if (before) out.push({ start: at - (before[0].length), end, code: 'voice.enemy_count', rule: 'voice.enemy_count' });
  }
  for (const m of matchesLedBy(text, 'Wilaya', PROVINCE)) {
    // Inside a sentence, not a heading line of its own (headings make sections, weighed apart).
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    if (text.slice(lineStart, m.index).trim() !== '') out.push({ start: m.index, end: m.index + m[0].length, code: 'voice.province_name', rule: 'voice.province_name' });
  }
  const hit = (m: RegExpExecArray, at: number, code: string) => {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ start: at + lead, end: at + m[0].length, code, rule: code });
  };
  // Each pattern runs only where its literal occurs, or at line starts: a scan of every position
  // per pattern would cost more than the rest of this stage.
  if (text.includes('Media')) {
    MEDIA_OFFICE.lastIndex = 0;
    for (let m = MEDIA_OFFICE.exec(text); m; m = MEDIA_OFFICE.exec(text)) hit(m, m.index, 'voice.own_media');
  }
  // A dateline names the agency within its line's first 60 characters: lines without "maq" there are not tried.
  const agencyNames = includesVia(text, 'maq', 2) ? maqPositions(text) : [];
  let nextName = 0;
  for (let start = 0; start < text.length; ) {
    const product = mayOpenMediaProduct(text, start) ? MEDIA_PRODUCT.exec(text.slice(start, start + 60)) : null;
    if (product) hit(product, start, 'voice.own_media');
    while (nextName < agencyNames.length && agencyNames[nextName] < start) nextName++;
    const named = nextName < agencyNames.length && agencyNames[nextName] + 3 <= start + 60;
    const dateline = named ? AGENCY_DATELINE.exec(text.slice(start, start + 60)) : null;
    if (dateline) hit(dateline, start, 'voice.agency_formula');
    const nl = text.indexOf('\n', start);
    if (nl < 0) break;
    start = nl + 1;
  }
  if (includesVia(text, 'told A', 5)) {
    AGENCY_SOURCE.lastIndex = 0;
    for (let m = AGENCY_SOURCE.exec(text); m; m = AGENCY_SOURCE.exec(text)) hit(m, m.index, 'voice.agency_formula');
  }
  const own = OWN_HEADER.exec(text);
  if (own) out.push({ start: own.index + own[0].length - own[0].trimStart().length, end: own.index + own[0].trimEnd().length, code: 'voice.own_agency', rule: 'voice.own_agency' });
  return out;
}

let phrases: PhraseDictionary<string> | null = null;

export function assessmentCueHits(text: string, tokens: Tokens = tokenize(text)): { start: number; end: number; code: string; rule: string }[] {
  phrases ??= new PhraseDictionary(loadTsv('assessment-cues.tsv', ['phrase', 'code']).map((r) => [r.phrase, r.code]));
  const out: { start: number; end: number; code: string; rule: string }[] = [];
  phrases.visit(text, tokens, (start, end, code) => { out.push({ start, end, code, rule: 'assessment-cues.tsv' }); });
  out.push(...claimantForms(text));
  for (const [re, code, mayMatch] of [[CITATION, 'purpose.citation', mayCite], [BYLINE, 'purpose.byline', mayHaveByline]] as const) {
    if (!mayMatch(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, code, rule: code });
  }
  // "media office" inside the group's own office's name is no analysis of it.
  const media = out.filter((h) => h.code === 'voice.own_media');
  return out.filter((h) => h.code !== 'purpose.analytic' || !media.some((m) => contains(m, h))).sort((a, b) => a.start - b.start);
}

export const assessmentCuesStage: Stage = {
  name: STAGE,
  version: 3,
  kind: 'extractor',
  requires: [],
  provides: ['assessment-cue'],
  run({ doc, tokens }: StageInput): Annotation[] {
    return assessmentCueHits(doc.text, tokens()).map((h) => ({ kind: 'assessment-cue', code: h.code, span: { start: h.start, end: h.end }, stage: STAGE, rule: h.rule }));
  },
};
