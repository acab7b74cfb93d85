// Rules found through trigger words instead of a scan of the whole text per rule: one pass over
// the document's tokens; at each trigger, the rule's sticky pattern is tried at the trigger or at
// a few earlier tokens that can open it ("three soldiers were killed" opens at "three").
import { currentWords, type Tokens } from './tokens.js';
import { ID_MASK, isDigitWord, listNumbers, MAX_WORDS, registerWord, wordTable } from './words.js';
import { isAsciiDigit } from './chars.js';
import { asciiTwinOr } from './ascii-twin.js';

export interface TriggerRule {
  /** Token keys that set the rule off; "#num" stands for any token that starts with a digit. */
  readonly triggers: readonly string[];
  /** How many tokens before the trigger a match may start. */
  readonly lookback: number;
  /** Keys a match may start with when it starts before the trigger (digits always may). */
  readonly starts?: ReadonlySet<string>;
  /** The pattern cannot start at the trigger word itself (it opens with a count, a digit, "the" …): only earlier starts are tried. */
  readonly startsBefore?: boolean;
  /** When set, a match that starts before the trigger must have one of these keys as its second token. */
  readonly second?: ReadonlySet<string>;
  /** The whole pattern, with the sticky (y) flag. */
  readonly sticky: RegExp;
  /** Characters a match never spans before its trigger (between its start and the trigger); default: BOUNDARY. */
  readonly boundary?: string;
  /** A cheap test at the trigger token (e.g. of the word after it); false skips the rule there. */
  readonly gate?: (tokens: Tokens, i: number, text: string) => boolean;
  /**
   * Context checks too costly to try at every start (long lookbehinds): run on matches only.
   * `plain`: the text is plain (Tokens.plain), so patterns may run as their twins (core/ascii-twin.ts).
   */
  readonly accept?: (m: RegExpExecArray, text: string, plain: boolean) => boolean;
}

export interface TriggeredMatch { rule: number; match: RegExpExecArray }

/**
 * A rule as the pass reads it: every field present, in one object shape for the rules of all sets
 * (reads from rule objects of many shapes are megamorphic), `starts` and `second` as tables by word
 * id, the boundary characters as a table by UTF-16 code unit.
 */
interface Plan {
  readonly sticky: RegExp;
  /** The pattern for plain texts (core/ascii-twin.ts): `sticky` itself when it has no twin. */
  readonly twin: RegExp;
  readonly lookback: number;
  readonly startsBefore: boolean;
  readonly starts: Uint8Array | null;
  readonly second: Uint8Array | null;
  readonly boundary: Uint8Array;
  readonly gate: ((tokens: Tokens, i: number, text: string) => boolean) | null;
  readonly accept: ((m: RegExpExecArray, text: string, plain: boolean) => boolean) | null;
}

interface RuleIndex {
  /** The rules each trigger word sets off, by word id (words.ts; trigger words are listed). */
  byWord: (number[] | undefined)[];
  /** The rules any number sets off ("#num"). */
  byNumber: number[] | undefined;
  plans: Plan[];
}

const indexes = new WeakMap<readonly TriggerRule[], RuleIndex>();
// Rules of a set often share their `starts`: one table each.
const tables = new WeakMap<ReadonlySet<string>, Uint8Array>();
function tableOf(keys: ReadonlySet<string>): Uint8Array {
  let table = tables.get(keys);
  if (!table) tables.set(keys, table = wordTable(keys));
  return table;
}

function indexOf(rules: readonly TriggerRule[]): RuleIndex {
  let index = indexes.get(rules);
  if (index) return index;
  const byWord: (number[] | undefined)[] = new Array<number[] | undefined>(MAX_WORDS).fill(undefined);
  let byNumber: number[] | undefined;
  rules.forEach((r, i) => {
    if (!r.sticky.sticky) throw new Error(`trigger rule ${i} needs a sticky pattern`);
    for (const t of new Set(r.triggers)) {
      if (t === '#num') { (byNumber ??= []).push(i); continue; }
      (byWord[registerWord(t, true)] ??= []).push(i);
    }
  });
  if (byNumber) listNumbers();
  const plans = rules.map((r): Plan => ({
    sticky: r.sticky,
    twin: asciiTwinOr(r.sticky),
    lookback: r.lookback,
    startsBefore: r.startsBefore === true,
    starts: r.starts ? tableOf(r.starts) : null,
    second: r.second ? tableOf(r.second) : null,
    boundary: charTable(r.boundary ?? BOUNDARY),
    gate: r.gate ?? null,
    accept: r.accept ?? null,
  }));
  index = { byWord, byNumber, plans };
  indexes.set(rules, index);
  return index;
}

// A match never spans a clause boundary: no pattern here lets . ; : ! ? or a comma come between
// its start and its trigger, except the comma of a thousands separator ("1,500": a digit on both sides).
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


/** A boundary character at p, unless it is the comma inside a number ("1,500"). */
function breaksClause(text: string, p: number, boundary: Uint8Array): boolean {
  const c = text.charCodeAt(p);
  if (boundary[c] !== 1) return false;
  return c !== 44 || !(isAsciiDigit(text.charCodeAt(p - 1)) && isAsciiDigit(text.charCodeAt(p + 1)));
}

/** The first token of the clause around token i, if it comes after token `floor`; else `floor`. */
function clauseStartAfter(text: string, tokens: Tokens, i: number, floor: number, boundary: Uint8Array): number {
  for (let k = i; k > 0 && k > floor; k--) {
    for (let p = tokens.end[k - 1]; p < tokens.start[k]; p++) if (breaksClause(text, p, boundary)) return k;
  }
  return floor;
}

/** A gate: the word after the trigger is one of `keys`, or a number. */
export function nextIn(keys: ReadonlySet<string>): (tokens: Tokens, i: number) => boolean {
  const table = wordTable(keys);
  return (tokens, i) => {
    if (i + 1 >= tokens.count) return false;
    const value = currentWords(tokens).word[i + 1];
    return isDigitWord(value) || table[value & ID_MASK] === 1;
  };
}

/** Every rule's matches that reach its trigger, in rule order, then by start. */
export function findTriggered(text: string, tokens: Tokens, rules: readonly TriggerRule[]): TriggeredMatch[] {
  const { byWord, byNumber, plans } = indexOf(rules);
  const byRule: (TriggeredMatch[] | undefined)[] = [];
  // Windows of nearby triggers overlap; a start tried for a rule is never tried again (see the note below).
  const next = new Int32Array(rules.length);
  const { word, listed, plain } = currentWords(tokens);
  // Only listed tokens can be triggers: trigger words and, when some rule set takes them, numbers.
  for (let l = 0; l < listed.length; l++) {
    const i = listed[l];
    const value = word[i];
    const hits = byWord[value & ID_MASK] ?? (isDigitWord(value) ? byNumber : undefined);
    if (!hits) continue;
    for (const r of hits) {
      const plan = plans[r];
      if (plan.gate !== null && !plan.gate(tokens, i, text)) continue;
      let j = clauseStartAfter(text, tokens, i, Math.max(i - plan.lookback, next[r]), plan.boundary);
      let matched = false;
      const last = plan.startsBefore ? i - 1 : i;
      const startWords = plan.starts;
      const secondWords = plan.second;
      for (; j <= last; j++) {
        if (j < i && !(isDigitWord(word[j]) || (startWords !== null && startWords[word[j] & ID_MASK] === 1))) continue;
        if (j < i && secondWords !== null && secondWords[word[j + 1] & ID_MASK] !== 1) continue;
        const sticky = plain ? plan.twin : plan.sticky;
        sticky.lastIndex = tokens.start[j];
        const m = sticky.exec(text);
        if (m && m.index + m[0].length >= tokens.end[i] && (plan.accept === null || plan.accept(m, text, plain))) {
          (byRule[r] ??= []).push({ rule: r, match: m });
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
  const out: TriggeredMatch[] = [];
  for (const list of byRule) if (list) for (const t of list) out.push(t);
  return out;
}
