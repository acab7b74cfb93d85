// A term "mentioned" rather than used: a glossary entry ("Murtadd (pl. murtaddin) — …") or
// "terms such as murtadd". The patterns decide; cheap checks of the characters next to the term
// turn most terms away first. An end-anchored pattern is tried from every start position of
// its window, so it runs only when the last words before the term are ones it can end with.

import { lettersCode, skipLettersBack, skipSpacesBack, wordCode } from '../core/scan-back.js';
import { isSpace } from '../core/chars.js';

// A glossary entry: the term, then a dash or a colon and its definition (a colon before a date
// opens a roundup's paragraph instead: "Wilayat al-Bayda: On 10 Rajab, …").
export const MENTION_AFTER = /^\s*(?:\(pl\.[^)]{0,30}\)\s*)?(?:[—–]|:(?!\s*(?:On\b|\d))|-\s)/;
export const MENTION_BEFORE = /\(pl\.\s*$|\b(?:terms?|words?|such\s+as|called|calls|so-called|refers?\s+to|labels?|labelled|dubbed|(?:the|its)\s+(?:group's\s+)?(?:term|word|label)\s+for)\s+(?:(?:the|a|an|as)\s+)?$/i;
/** How far around the term the patterns look. */
export const MENTION_WINDOW = 40;

// The words MENTION_BEFORE can end with before its closing whitespace; an article or "as" there
// must follow one of HEAD_WORDS (or "such", for "such as").
const HEAD_WORDS = new Set(['term', 'terms', 'word', 'words', 'called', 'calls', 'to', 'label', 'labels', 'labelled', 'dubbed', 'for'].map(wordCode));
const ARTICLES = new Set(['the', 'a', 'an', 'as'].map(wordCode));
const AS = wordCode('as');
const SUCH = wordCode('such');

/** Whether text[from, to) ends with "(pl." (any case). */
function endsWithPlural(text: string, from: number, to: number): boolean {
  if (to - from < 4) return false;
  const p = text.charCodeAt(to - 3);
  const l = text.charCodeAt(to - 2);
  return text.charCodeAt(to - 4) === 40 && (p === 112 || p === 80) && (l === 108 || l === 76) && text.charCodeAt(to - 1) === 46;
}

/**
 * Whether MENTION_BEFORE can match text[from, to): a necessary condition, read from the last two
 * words. Every word the pattern ends with starts after a space, a hyphen or a word boundary, so
 * the run of ASCII letters before the closing space is that word exactly.
 */
export function mayEndMentionBefore(text: string, from: number, to: number): boolean {
  const end = skipSpacesBack(text, from, to);
  if (endsWithPlural(text, from, end)) return true;
  if (end === to) return false;
  const gap = skipLettersBack(text, from, end);
  const last = lettersCode(text, gap, end);
  if (HEAD_WORDS.has(last)) return true;
  if (!ARTICLES.has(last)) return false;
  const beforeLast = skipSpacesBack(text, from, gap);
  if (beforeLast === gap) return false;
  const previous = lettersCode(text, skipLettersBack(text, from, beforeLast), beforeLast);
  return HEAD_WORDS.has(previous) || (last === AS && previous === SUCH);
}

/** Whether MENTION_AFTER can match text from `at`: its first character after spaces opens a gloss or a plural. */
export function mayStartMentionAfter(text: string, at: number, to: number): boolean {
  let p = at;
  while (p < to && isSpace(text.charCodeAt(p))) p++;
  if (p >= to) return false;
  const c = text.charCodeAt(p);
  return c === 0x28 || c === 0x2014 || c === 0x2013 || c === 0x3a || c === 0x2d;
}

/** The term at `span` is mentioned, not used: a glossary entry follows it or "terms such as" precedes it. */
export function isMentioned(text: string, span: { start: number; end: number }): boolean {
  const afterEnd = Math.min(text.length, span.end + MENTION_WINDOW);
  if (mayStartMentionAfter(text, span.end, afterEnd) && MENTION_AFTER.test(text.slice(span.end, span.end + MENTION_WINDOW))) return true;
  const beforeStart = Math.max(0, span.start - MENTION_WINDOW);
  return mayEndMentionBefore(text, beforeStart, span.start) && MENTION_BEFORE.test(text.slice(beforeStart, span.start));
}
