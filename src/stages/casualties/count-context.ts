// Where a count may stand: the patterns tried at a count's start and end, and a cheap reading of
// what follows a count, by character codes, that leaves to the pattern only the words it could take.
import { alternation, loadTsv } from '../../lexicon/load.js';
import { isAsciiDigit, isAsciiLetter, isSpace } from '../../core/chars.js';
import { asciiTwinOr } from '../../core/ascii-twin.js';

const monthVariants = (file: string) => loadTsv(file, ['month', 'variant']).map((r) => r.variant);
/** Months that may follow a day ("12 March", "14 Safar"): all but "May". */
const dayMonthTerms = () => [...monthVariants('gregorian-months.tsv'), ...monthVariants('hijri-months.tsv')].filter((m) => m.toLowerCase() !== 'may');
const countWordTerms = () => loadTsv('number-words.tsv', ['word', 'value']).map((r) => r.word).filter((w) => !/^an?$/.test(w));

let countPatterns: { before: RegExp; after: RegExp } | null = null;
let afterTwin: RegExp | null = null;

/** Where a count may stand, as sticky patterns tried at its start (before) and its end (after). */
export function countContextPatterns(): { before: RegExp; after: RegExp } {
  if (countPatterns) return countPatterns;
  const gregorian = alternation(monthVariants('gregorian-months.tsv'));
  const dayMonth = alternation(dayMonthTerms());
  const numberWords = alternation(countWordTerms());
  // A count starts at a word edge (not inside "10:30", "T-72", "RPG-7"); it is not a date ("March 12", "14 Safar"),
  // a route or kilometre marker ("Route 7"), a year ("in 2016"), nor followed by the real count ("Route 7 two soldiers").
  const before = `(?<![\\p{L}\\p{N}:./'’-])(?<!\\b(?:${gregorian})\\.?\\s+)(?<!\\b(?:route|highway|road|kilometre|kilometer|km|no\\.|number)\\s+)(?!(?<=\\b(?:in|since|during|until|by|before|after|early|late|mid|of|year)\\s+)(?:1[89]|20)\\d\\d(?![\\d,]))`;
  const after = `(?!\\s+(?:of\\s+)?(?:${dayMonth})(?!\\p{L})|\\s+(?:${numberWords})(?![\\p{L}-])|\\s+\\d[\\d,]*\\s)`;
  return (countPatterns = { before: new RegExp(before, 'iuy'), after: new RegExp(after, 'iuy') });
}

/** The first one, two and three letters of some terms (spaces, hyphens and apostrophes left out), by their base-27 code. */
type Openings = readonly [Uint8Array, Uint8Array, Uint8Array];

let openingsOf: { months: Openings; monthsAndCountWords: Openings } | null = null;

// flexibleTerm (lexicon/load.ts) lets apostrophes go and spaces or hyphens be any run of them, or none.
const SEPARATORS = /[\s\-‐–'’‘ʿʻ`]/g;
const isSeparator = (c: number): boolean => isSpace(c) || c === 45 || c === 0x2010 || c === 0x2013 || c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bf || c === 0x2bb || c === 0x60;
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

function openings(terms: readonly string[]): Openings {
  const byLength: [Uint8Array, Uint8Array, Uint8Array] = [new Uint8Array(27), new Uint8Array(27 ** 2), new Uint8Array(27 ** 3)];
  for (const term of terms) {
    const letters = term.replace(SEPARATORS, '').toLowerCase();
    // The scan compares ASCII letters as they stand: it needs terms of three letters at least, none of which an ASCII letter folds to.
    if (letters.length < 3 || /[\u017f\u212a]/u.test(letters)) throw new Error(`count context: no openings for ${JSON.stringify(term)}`);
    let code = 0;
    for (let k = 0; k < 3; k++) {
      const c = letters.charCodeAt(k);
      // Past a letter outside ASCII, the text must hold one too, and there the scan asks the pattern.
      if (c < 97 || c > 122) break;
      code = code * 27 + (c - 96);
      byLength[k][code] = 1;
    }
  }
  return byLength;
}

/**
 * Whether one of the terms may open the text at `r`: its first three letters (spaces, hyphens and
 * apostrophes skipped) open a term, or a character outside ASCII comes first. False only where none can.
 */
function termMayOpen(text: string, r: number, o: Openings): boolean {
  let code = 0;
  let n = 0;
  for (let p = r; n < 3; p++) {
    const c = text.charCodeAt(p);
    if (isAsciiLetter(c)) {
      code = code * 27 + (lowerAscii(c) - 96);
      if (o[n++][code] === 0) return false;
    } else if (c >= 128 && !isSeparator(c)) return true;
    else if (n === 0 || !isSeparator(c)) return false;
  }
  return true;
}

/**
 * Whether the after pattern (countContextPatterns().after) passes at a count's end, read by char
 * codes where no month or number word can follow; `plain`: the text is plain (Tokens.plain; core/ascii-twin.ts).
 */
export function passesAfterCount(text: string, end: number, plain = false): boolean {
  if (!isSpace(text.charCodeAt(end))) return true;
  let r = end + 1;
  while (isSpace(text.charCodeAt(r))) r++;
  const c = text.charCodeAt(r);
  // "\s+\d[\d,]*\s" (no month or number word opens with a digit)
  if (isAsciiDigit(c)) {
    let f = r + 1;
    while (isAsciiDigit(text.charCodeAt(f)) || text.charCodeAt(f) === 44) f++;
    return !isSpace(text.charCodeAt(f));
  }
  openingsOf ??= { months: openings(dayMonthTerms()), monthsAndCountWords: openings([...dayMonthTerms(), ...countWordTerms()]) };
  if (!termMayOpen(text, r, openingsOf.monthsAndCountWords)) {
    // "of" then a month ("12 of Safar")
    if ((c | 32) !== 111 || (text.charCodeAt(r + 1) | 32) !== 102 || !isSpace(text.charCodeAt(r + 2))) return true;
    let m = r + 3;
    while (isSpace(text.charCodeAt(m))) m++;
    if (!termMayOpen(text, m, openingsOf.months)) return true;
  }
  const after = plain ? (afterTwin ??= asciiTwinOr(countContextPatterns().after)) : countContextPatterns().after;
  after.lastIndex = end;
  return after.test(text);
}
