// Rules found through trigger words instead of a scan of the whole text per rule: one pass over
// the document's tokens; at each trigger, the rule's sticky pattern is tried at the trigger or at
// a few earlier tokens that can open it ("three soldiers were killed" opens at "three").
import type { Tokens } from './tokens.js';

export interface TriggerRule {
  /** Token keys that set the rule off; "#num" stands for any token that starts with a digit. */
  readonly triggers: readonly string[];
  /** How many tokens before the trigger a match may start. */
  readonly lookback: number;
  /** Keys a match may start with when it starts before the trigger (digits always may). */
  readonly starts?: ReadonlySet<string>;
  /** When set, a match that starts before the trigger must have one of these keys as its second token. */
  readonly second?: ReadonlySet<string>;
  /** The whole pattern, with the sticky (y) flag. */
  readonly sticky: RegExp;
  /** Punctuation a match never spans before its trigger; default: clause ends and commas that are no thousands separators. */
  readonly boundary?: RegExp;
  /** A cheap test at the trigger token (e.g. of the word after it); false skips the rule there. */
  readonly gate?: (tokens: Tokens, i: number, text: string) => boolean;
  /** Context checks too costly to try at every start (long lookbehinds): run on matches only. */
  readonly accept?: (m: RegExpExecArray, text: string) => boolean;
}

export interface TriggeredMatch { rule: number; match: RegExpExecArray }

const indexes = new WeakMap<readonly TriggerRule[], Map<string, number[]>>();

function indexOf(rules: readonly TriggerRule[]): Map<string, number[]> {
  let index = indexes.get(rules);
  if (index) return index;
  index = new Map();
  rules.forEach((r, i) => {
    if (!r.sticky.sticky) throw new Error(`trigger rule ${i} needs a sticky pattern`);
    for (const t of new Set(r.triggers)) {
      const list = index!.get(t) ?? [];
      list.push(i);
      index!.set(t, list);
    }
  });
  indexes.set(rules, index);
  return index;
}

// A match never spans a clause boundary: no pattern here lets . ; : ! ? or a comma that is not a
// thousands separator come between its start and its trigger.
const BOUNDARY = /[.;:!?()[\]"“”\n]|,(?!\d)/;

/** Clause ends only: for patterns that take comma-separated lists. */
export const CLAUSE_END = /[.;:!?()[\]"“”\n]/;

function clauseStart(text: string, tokens: Tokens, i: number, lookback: number, boundary: RegExp): number {
  for (let k = i; k > 0 && k > i - lookback; k--) {
    if (boundary.test(text.slice(tokens.end[k - 1], tokens.start[k]))) return k;
  }
  return 0;
}

const isDigitKey = (k: string) => k.charCodeAt(0) >= 48 && k.charCodeAt(0) <= 57;

/** A gate: the word after the trigger is one of `keys`, or a number. */
export function nextIn(keys: ReadonlySet<string>): (tokens: Tokens, i: number) => boolean {
  return (tokens, i) => i + 1 < tokens.count && (keys.has(tokens.key[i + 1]) || isDigitKey(tokens.key[i + 1]));
}

/** Every rule's matches that reach its trigger, in rule order, then by start. */
export function findTriggered(text: string, tokens: Tokens, rules: readonly TriggerRule[]): TriggeredMatch[] {
  const index = indexOf(rules);
  const out: TriggeredMatch[] = [];
  // Windows of nearby triggers overlap; a start tried for a rule is never tried again (see the note below).
  const next = new Int32Array(rules.length);
  for (let i = 0; i < tokens.count; i++) {
    const key = tokens.key[i];
    const hits = index.get(key) ?? (isDigitKey(key) ? index.get('#num') : undefined);
    if (!hits) continue;
    for (const r of hits) {
      const rule = rules[r];
      if (rule.gate && !rule.gate(tokens, i, text)) continue;
      let j = Math.max(i - rule.lookback, next[r], clauseStart(text, tokens, i, rule.lookback, rule.boundary ?? BOUNDARY));
      let matched = false;
      for (; j <= i; j++) {
        if (j < i && !(rule.starts?.has(tokens.key[j]) || isDigitKey(tokens.key[j]))) continue;
        if (j < i && rule.second && !rule.second.has(tokens.key[j + 1])) continue;
        rule.sticky.lastIndex = tokens.start[j];
        const m = rule.sticky.exec(text);
        if (m && m.index + m[0].length >= tokens.end[i] && (!rule.accept || rule.accept(m, text))) {
          out.push({ rule: r, match: m });
          matched = true;
          break;
        }
      }
      // Starts before a match, or all when none matched, cannot reach a later trigger: a match from
      // them ends too early, and the start of a match found would only find it again.
      next[r] = matched ? j + 1 : i + 1;
    }
  }
  return out.sort((a, b) => a.rule - b.rule || a.match.index - b.match.index);
}
