// Rules that open with a day's digits and reach their month word over spaces, letters, apostrophes
// and dashes only ("12 Rabi' al-Awwal", "5th day of the month of Ramadan"), found from their month
// words without the trigger pass. findTriggered would read the clause back over the whole lookback
// and try every number in it; here only the nearest number before the month word is tried, as a
// match from an earlier one would have to run over that number's digits.
import { currentWords, type Tokens } from '../../core/tokens.js';
import { ID_MASK, isDigitWord, MAX_WORDS, registerWord } from '../../core/words.js';
import { asciiTwinOr } from '../../core/ascii-twin.js';

/** One rule per trigger word: `patterns[g]` (sticky) is set off by the word `keys[g]`. */
export interface DigitLedRules {
  readonly keys: readonly string[];
  readonly patterns: readonly RegExp[];
  /** How many tokens before its trigger a match may start. */
  readonly lookback: number;
}

/**
 * A finder of the matches findTriggered gives for the rules `{ triggers: [keys[g]], sticky: patterns[g],
 * lookback, startsBefore: true }` (no `starts`: numbers alone open them): in rule order, then by start.
 * Each pattern must open with ASCII digits and match none of the trigger pass's clause boundaries but a
 * line break ("\n") before its trigger: that is what lets the nearest number stand for all of them.
 */
export function digitLedFinder({ keys, patterns, lookback }: DigitLedRules): (text: string, tokens: Tokens) => RegExpExecArray[] {
  // Rule of each trigger word, by word id, plus one (0: none).
  const ruleOf = new Uint16Array(MAX_WORDS);
  keys.forEach((key, g) => { ruleOf[registerWord(key, true)] = g + 1; });
  // The first start each rule may still try (findTriggered's `next`): a start tried is not tried again.
  const next = new Int32Array(keys.length);
  const twins = patterns.map(asciiTwinOr);
  return (text, tokens) => {
    const { word, listed, start, end, plain } = currentWords(tokens);
    const patternOf = plain ? twins : patterns;
    next.fill(0);
    let byRule: (RegExpExecArray[] | undefined)[] | undefined;
    let count = 0;
    for (let l = 0; l < listed.length; l++) {
      const i = listed[l];
      const g = ruleOf[word[i] & ID_MASK] - 1;
      if (g < 0) continue;
      const floor = Math.max(i - lookback, next[g], 0);
      let j = i - 1;
      while (j >= floor && !isDigitWord(word[j])) j--;
      // No number lies between a match's start and its month word: later ones start after this word.
      next[g] = i + 1;
      if (j < floor) continue;
      const pattern = patternOf[g];
      pattern.lastIndex = start[j];
      const m = pattern.exec(text);
      if (m === null || m.index + m[0].length < end[i] || lineBreakIn(text, end[j], start[i])) continue;
      ((byRule ??= [])[g] ??= []).push(m);
      count++;
    }
    if (byRule === undefined) return [];
    if (count === byRule[byRule.length - 1]?.length) return byRule[byRule.length - 1]!;
    const out: RegExpExecArray[] = [];
    for (const list of byRule) if (list) for (const m of list) out.push(m);
    return out;
  };
}

function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 10) return true;
  return false;
}
