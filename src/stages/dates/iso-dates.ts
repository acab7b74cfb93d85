// ISO dates (2024-03-05) found from the text's hyphens instead of through the trigger pass: a
// "#num" trigger would make that pass read the key of every token to see whether it is a number.
import type { Tokens } from '../../core/tokens.js';
import { isAsciiDigit } from '../../core/chars.js';

/**
 * Matches of `sticky` (a sticky pattern that opens with four digits and a hyphen) at each token of
 * exactly four characters, starting with a digit, that a hyphen follows; in text order. These are
 * the matches the trigger pass would find for such a pattern triggered by any number.
 */
export function findAtFourDigitTokens(text: string, tokens: Tokens, sticky: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let k = 0;
  for (let p = text.indexOf('-', 4); p >= 0; p = text.indexOf('-', p + 1)) {
    const s = p - 4;
    if (!isAsciiDigit(text.charCodeAt(s))) continue;
    k = firstTokenFrom(tokens, s, k);
    if (k === tokens.count || tokens.start[k] !== s || tokens.end[k] !== p) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(text);
    if (m) found.push(m);
  }
  return found;
}

/** The first token (at index `from` or later) that starts at or after `pos`; tokens.count if none. */
function firstTokenFrom(tokens: Tokens, pos: number, from: number): number {
  let lo = from;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.start[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
