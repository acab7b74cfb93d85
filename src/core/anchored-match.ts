// Patterns that start with a number phrase ("three soldiers were killed") could begin anywhere.
// They are tried only where they can: at words that open a number phrase, in a short window
// before each of their verbs. That keeps such stages linear and fast on long texts.

const WORD = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+/gu;

export interface AnchoredPattern {
  /** Finds the verb every match must reach (global flag). */
  anchor: RegExp;
  /** The whole pattern (sticky flag). */
  sticky: RegExp;
  /** Lower-case words a match may start with; digits always may. */
  startWords: ReadonlySet<string>;
  window: number;
}

export function* anchoredMatches(p: AnchoredPattern, text: string): Generator<RegExpExecArray> {
  p.anchor.lastIndex = 0;
  let floor = 0;
  for (let a = p.anchor.exec(text); a; a = p.anchor.exec(text)) {
    const aEnd = a.index + a[0].length;
    WORD.lastIndex = Math.max(floor, a.index - p.window);
    for (let w = WORD.exec(text); w && w.index < a.index; w = WORD.exec(text)) {
      const c = w[0].charCodeAt(0);
      if (!(c >= 48 && c <= 57) && !p.startWords.has(w[0].toLowerCase())) continue;
      p.sticky.lastIndex = w.index;
      const m = p.sticky.exec(text);
      if (m && m.index + m[0].length >= aEnd) {
        floor = m.index + m[0].length;
        yield m;
        break;
      }
    }
  }
}
