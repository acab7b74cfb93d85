// Rules found through trigger words instead of a scan of the whole text per rule: one pass over
// the document's tokens; at each trigger, the rule's sticky pattern is tried at the trigger or at
// a few earlier tokens that can open it ("three soldiers were killed" opens at "three").
import { isDigitShape, KEY_SHAPES, keyShape, shapeTable, type Tokens } from './tokens.js';
import { isAsciiDigit } from './chars.js';

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
  /** Context checks too costly to try at every start (long lookbehinds): run on matches only. */
  readonly accept?: (m: RegExpExecArray, text: string) => boolean;
}

export interface TriggeredMatch { rule: number; match: RegExpExecArray }

interface RuleIndex {
  /** The rules each trigger key sets off. */
  byTrigger: Map<string, number[]>;
  /** By key shape (tokens.ts keyShape): TRIGGER_SHAPE when some trigger key has it, NUMBER_SHAPE when numbers set rules off and it starts with a digit; 0 turns the token away unread. */
  shapes: Uint8Array;
  /** The rules any number sets off ("#num"). */
  byNumber: number[] | undefined;
  /** Each rule's boundary characters, as a table by UTF-16 code unit. */
  boundaries: Uint8Array[];
}

const TRIGGER_SHAPE = 1;
const NUMBER_SHAPE = 2;

const indexes = new WeakMap<readonly TriggerRule[], RuleIndex>();

function indexOf(rules: readonly TriggerRule[]): RuleIndex {
  let index = indexes.get(rules);
  if (index) return index;
  const byTrigger = new Map<string, number[]>();
  rules.forEach((r, i) => {
    if (!r.sticky.sticky) throw new Error(`trigger rule ${i} needs a sticky pattern`);
    for (const t of new Set(r.triggers)) {
      const list = byTrigger.get(t) ?? [];
      list.push(i);
      byTrigger.set(t, list);
    }
  });
  const byNumber = byTrigger.get('#num');
  const shapes = new Uint8Array(KEY_SHAPES);
  for (const key of byTrigger.keys()) shapes[keyShape(key)] |= TRIGGER_SHAPE;
  if (byNumber) for (let shape = 0; shape < KEY_SHAPES; shape++) if (isDigitShape(shape)) shapes[shape] |= NUMBER_SHAPE;
  index = { byTrigger, shapes, byNumber, boundaries: rules.map((r) => charTable(r.boundary ?? BOUNDARY)) };
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
  const shapes = shapeTable(keys);
  return (tokens, i) => {
    if (i + 1 >= tokens.count) return false;
    const shape = tokens.shape[i + 1];
    return isDigitShape(shape) || (shapes[shape] === 1 && keys.has(tokens.key[i + 1]));
  };
}

/** Every rule's matches that reach its trigger, in rule order, then by start. */
export function findTriggered(text: string, tokens: Tokens, rules: readonly TriggerRule[]): TriggeredMatch[] {
  const { byTrigger, shapes, byNumber, boundaries } = indexOf(rules);
  const byRule: (TriggeredMatch[] | undefined)[] = [];
  // Windows of nearby triggers overlap; a start tried for a rule is never tried again (see the note below).
  const next: number[] = rules.map(() => 0);
  const count = tokens.count;
  const shapeOf = tokens.shape;
  const keys = tokens.key;
  for (let i = 0; i < count; i++) {
    // Most tokens are turned away by their shape alone, without reading the key.
    while (i < count && shapes[shapeOf[i]] === 0) i++;
    if (i === count) break;
    const kind = shapes[shapeOf[i]];
    const hits = ((kind & TRIGGER_SHAPE) !== 0 ? byTrigger.get(keys[i]) : undefined) ?? ((kind & NUMBER_SHAPE) !== 0 ? byNumber : undefined);
    if (!hits) continue;
    for (const r of hits) {
      const rule = rules[r];
      if (rule.gate && !rule.gate(tokens, i, text)) continue;
      let j = clauseStartAfter(text, tokens, i, Math.max(i - rule.lookback, next[r]), boundaries[r]);
      let matched = false;
      const last = rule.startsBefore ? i - 1 : i;
      for (; j <= last; j++) {
        if (j < i && !(isDigitShape(shapeOf[j]) || rule.starts?.has(keys[j]))) continue;
        if (j < i && rule.second && !rule.second.has(keys[j + 1])) continue;
        rule.sticky.lastIndex = tokens.start[j];
        const m = rule.sticky.exec(text);
        if (m && m.index + m[0].length >= tokens.end[i] && (!rule.accept || rule.accept(m, text))) {
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
