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
  /** Characters a match never spans before its trigger (between its start and the trigger); default: BOUNDARY. */
  readonly boundary?: string;
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

// A match never spans a clause boundary: no pattern here lets . ; : ! ? or a comma come between
// its start and its trigger. That includes the comma of "1,500": it lies between two tokens like
// any other (kept as it was when this was a regex test on the text between two tokens).
const BOUNDARY = '.;:!?()[]"“”\n,';

/** Clause ends only: for patterns that take comma-separated lists. */
export const CLAUSE_END = '.;:!?()[]"“”\n';

const charTables = new Map<string, Uint8Array>();

function charTable(chars: string): Uint8Array {
  let table = charTables.get(chars);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (let k = 0; k < chars.length; k++) table[chars.charCodeAt(k)] = 1;
    charTables.set(chars, table);
  }
  return table;
}

// Per document and boundary: for each token, the latest token at or before it that opens a clause
// (a boundary character lies in the gap before it), or 0. Computed once, shared by the stages.
const clauseOpens = new WeakMap<Tokens, Map<string, Int32Array>>();

function clauseOpenings(text: string, tokens: Tokens, chars: string): Int32Array {
  let byChars = clauseOpens.get(tokens);
  if (!byChars) clauseOpens.set(tokens, (byChars = new Map()));
  let opens = byChars.get(chars);
  if (opens) return opens;
  const table = charTable(chars);
  opens = new Int32Array(tokens.count);
  let open = 0;
  for (let k = 1; k < tokens.count; k++) {
    for (let p = tokens.end[k - 1]; p < tokens.start[k]; p++) {
      if (table[text.charCodeAt(p)] === 1) { open = k; break; }
    }
    opens[k] = open;
  }
  byChars.set(chars, opens);
  return opens;
}

const isDigitKey = (k: string) => k.charCodeAt(0) >= 48 && k.charCodeAt(0) <= 57;

/** A gate: the word after the trigger is one of `keys`, or a number. */
export function nextIn(keys: ReadonlySet<string>): (tokens: Tokens, i: number) => boolean {
  return (tokens, i) => i + 1 < tokens.count && (keys.has(tokens.key[i + 1]) || isDigitKey(tokens.key[i + 1]));
}

/** Every rule's matches that reach its trigger, in rule order, then by start. */
export function findTriggered(text: string, tokens: Tokens, rules: readonly TriggerRule[]): TriggeredMatch[] {
  const index = indexOf(rules);
  const byRule: TriggeredMatch[][] = rules.map(() => []);
  // Windows of nearby triggers overlap; a start tried for a rule is never tried again (see the note below).
  const next = new Int32Array(rules.length);
  for (let i = 0; i < tokens.count; i++) {
    const key = tokens.key[i];
    const hits = index.get(key) ?? (isDigitKey(key) ? index.get('#num') : undefined);
    if (!hits) continue;
    for (const r of hits) {
      const rule = rules[r];
      if (rule.gate && !rule.gate(tokens, i, text)) continue;
      // A clause opening at or before i - lookback bounds nothing the lookback does not already.
      const opens = rule.lookback > 0 ? clauseOpenings(text, tokens, rule.boundary ?? BOUNDARY)[i] : 0;
      let j = Math.max(i - rule.lookback, next[r], opens);
      let matched = false;
      for (; j <= i; j++) {
        if (j < i && !(rule.starts?.has(tokens.key[j]) || isDigitKey(tokens.key[j]))) continue;
        if (j < i && rule.second && !rule.second.has(tokens.key[j + 1])) continue;
        rule.sticky.lastIndex = tokens.start[j];
        const m = rule.sticky.exec(text);
        if (m && m.index + m[0].length >= tokens.end[i] && (!rule.accept || rule.accept(m, text))) {
          byRule[r].push({ rule: r, match: m });
          matched = true;
          break;
        }
      }
      // Starts before a match, or all when none matched, cannot reach a later trigger: a match from
      // them ends too early, and the start of a match found would only find it again.
      next[r] = matched ? j + 1 : i + 1;
    }
  }
  // Within a rule, starts only grow (see `next`): the lists are already in order.
  return byRule.flat();
}
