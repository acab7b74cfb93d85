// The coordinated rule ("killing an officer and 3 soldiers") and captured-after-item ("capturing a
// Humvee and two soldiers") need an "and" before a count after their verb: a scan by word ids.
import { currentWords, type Tokens } from '../../core/tokens.js';
import { ID_MASK, isDigitWord, registerWord, wordTable } from '../../core/words.js';
import { isSpace } from '../../core/chars.js';

// Between the words of "killing an officer and 3 soldiers" the pattern allows only spaces, and the
// hyphens, apostrophes and commas of words and counts ("twenty-one", "1,500").
const isCoordinationGapChar = (c: number) => c === 32 || c === 44 || c === 45 || c === 39 || c === 0x2019 || isSpace(c);

/**
 * A cheap test, true whenever those rules can match at trigger `i`: a token "and" followed by a
 * word that can open a count (one of `countStarts`, or a number) comes after the trigger, with
 * only such gaps between them.
 */
export function andCountAhead(countStarts: ReadonlySet<string>): (text: string, tokens: Tokens, i: number) => boolean {
  const and = registerWord('and');
  const opensCount = wordTable(countStarts);
  return (text, tokens, i) => {
    const { word, start, end, count } = currentWords(tokens);
    for (let k = i + 1; k + 1 < count; k++) {
      const to = start[k];
      for (let p = end[k - 1]; p < to; p++) if (!isCoordinationGapChar(text.charCodeAt(p))) return false;
      if ((word[k] & ID_MASK) === and) {
        const after = word[k + 1];
        if (isDigitWord(after) || opensCount[after & ID_MASK] === 1) return true;
      }
    }
    return false;
  };
}
