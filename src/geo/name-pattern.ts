// Whole-word names found by one alternation, longest first: /\b(?:longest|…|shortest)SUFFIX\b/g.
// V8 scans several times faster for an alternation whose names all open with a capital than for one
// with a lower-case "al-Sham" among them, so the names are split by their first character's case
// into two patterns. No position can open names of both groups, so the whole alternation's leftmost
// match is the earlier of the two groups' leftmost matches, made by the same name.

export interface NameMatch { readonly index: number; readonly text: string }

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const opensCapital = (name: string) => name[0] !== name[0].toLowerCase();

/** The single alternation that NamePattern splits (the definition; the tests compare both). */
export function namesRegExp(names: readonly string[], suffix: string): RegExp {
  const longestFirst = [...names].sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${longestFirst.map(escape).join('|')})${suffix}\\b`, 'g');
}

export class NamePattern {
  private readonly groups: RegExp[];

  /** `suffix`: a pattern that may follow a name and belongs to its match ("(?:'s|’s)?"). */
  constructor(names: readonly string[], suffix = '') {
    const capital = names.filter(opensCapital);
    const other = names.filter((n) => !opensCapital(n));
    this.groups = [capital, other].filter((g) => g.length > 0).map((g) => namesRegExp(g, suffix));
  }

  /** The matches opening before `end`, left to right from `start`, none overlapping (as exec in a loop). */
  matches(text: string, start: number, end: number): NameMatch[] {
    const out: NameMatch[] = [];
    const { groups } = this;
    // Each group's leftmost match from `at`, or null; undefined when it must be looked for again.
    const next: (RegExpExecArray | null | undefined)[] = groups.map(() => undefined);
    for (let at = start; ;) {
      let first = -1;
      let best: RegExpExecArray | null = null;
      for (let g = 0; g < groups.length; g++) {
        let m = next[g];
        // A match overlapped by another group's is no match: look again from where that one ended.
        if (m === undefined || (m !== null && m.index < at)) {
          groups[g].lastIndex = at;
          next[g] = m = groups[g].exec(text);
        }
        if (m && (!best || m.index < best.index)) { best = m; first = g; }
      }
      if (!best || best.index >= end) return out;
      out.push({ index: best.index, text: best[0] });
      at = best.index + best[0].length;
      next[first] = undefined;
    }
  }
}
