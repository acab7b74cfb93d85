// The document's script, from its letters: the rules read English; other scripts get a coded issue.
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/g;

const SAMPLE = 65_536;
// Past this many non-ASCII code units the letters are counted one by one.
const FEW = 256;

export type Language = 'en' | 'ar' | 'und';

/** "en" for Latin-script text, "ar" for Arabic script, "und" otherwise (sampled: the first 64K characters). */
export function detectLanguage(text: string): Language {
  const n = Math.min(text.length, SAMPLE);
  const others = nonAsciiUnits(text, n);
  // More ASCII letters than other code units: Latin letters are more than half of all letters.
  if (others < FEW && hasAsciiLetters(text, n, others + 1)) return 'en';
  return countedLanguage(text);
}

/** The non-ASCII code units of text[0, n), counted up to FEW. */
function nonAsciiUnits(text: string, n: number): number {
  let count = 0;
  NON_ASCII.lastIndex = 0;
  while (count < FEW && NON_ASCII.test(text) && NON_ASCII.lastIndex <= n) count++;
  return count;
}

/** Whether text[0, n) holds at least `wanted` ASCII letters. */
function hasAsciiLetters(text: string, n: number, wanted: number): boolean {
  let found = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122 && ++found >= wanted) return true;
  }
  return false;
}

/** The definition: every letter of the sample counted by script. */
export function countedLanguage(text: string): Language {
  let latin = 0;
  let arabic = 0;
  let letters = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) { latin++; letters++; }
      continue;
    }
    const ch = text[i];
    if (!LETTER.test(ch)) continue;
    letters++;
    if (ARABIC.test(ch)) arabic++;
    else if (LATIN.test(ch)) latin++;
  }
  if (letters === 0) return 'und';
  if (arabic / letters > 0.5) return 'ar';
  if (latin / letters > 0.5) return 'en';
  return 'und';
}
