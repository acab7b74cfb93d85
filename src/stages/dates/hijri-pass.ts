// The three Hijri rules of each month word (day-month, ordinal-word, month-day) found in one pass
// over the month words: findTriggered's result for them, without its generic work per rule. The
// three share their trigger, so the clause before it is read once, and their gates run inline.
import type { Tokens } from '../../core/tokens.js';
import { isDigitShape, shapeTable } from '../../core/tokens.js';
import type { TriggeredMatch, TriggerRule } from '../../core/triggered.js';
import { isAsciiDigit } from '../../core/chars.js';

/** One family of rules (one rule per month word), as findTriggered would try it. */
export interface Family {
  /** The rule of each month word, in the order of `MonthWordRules.keys`. */
  readonly rules: readonly TriggerRule[];
  readonly lookback: number;
  readonly startsBefore: boolean;
  readonly starts: ReadonlySet<string> | undefined;
  readonly second: ReadonlySet<string> | undefined;
  /** Whether the rules may match at token i (the rules' own gate, called once per month word). */
  readonly gate: ((tokens: Tokens, i: number, text: string) => boolean) | undefined;
}

export interface MonthWordRules {
  /** The month words (trigger keys), one per rule of each family. */
  readonly keys: readonly string[];
  readonly families: readonly Family[];
}

/** The family of `rules` (one per month word), which must agree on everything but their pattern and trigger. */
export function family<R extends TriggerRule>(rules: readonly R[]): Family & { rules: readonly R[] } {
  const [first] = rules;
  const f = { rules, lookback: first.lookback, startsBefore: first.startsBefore === true, starts: first.starts, second: first.second, gate: first.gate };
  for (const r of rules) {
    if (r.triggers.length !== 1 || r.lookback !== f.lookback || (r.startsBefore === true) !== f.startsBefore || r.starts !== f.starts || r.second !== f.second || r.gate !== f.gate || r.accept || r.boundary !== undefined) {
      throw new Error('the rules of a family differ in more than their pattern and trigger');
    }
  }
  return f;
}

interface Index {
  byKey: Map<string, number>;
  shapes: Uint8Array;
  /** The most tokens any family's match opens before its trigger. */
  reach: number;
}

const indexes = new WeakMap<MonthWordRules, Index>();

function indexOf(set: MonthWordRules): Index {
  let index = indexes.get(set);
  if (!index) {
    set.families.forEach((f) => f.rules.forEach((r, g) => { if (r.triggers[0] !== set.keys[g]) throw new Error(`rule ${g} of a family is not triggered by ${set.keys[g]}`); }));
    for (const f of set.families) if (f.rules.length !== set.keys.length) throw new Error('one rule per month word in each family');
    index = { byKey: new Map(set.keys.map((k, g) => [k, g])), shapes: shapeTable(set.keys), reach: Math.max(...set.families.map((f) => f.lookback)) };
    indexes.set(set, index);
  }
  return index;
}

/**
 * What findTriggered finds for the families' rules listed family by family (rule f*keys+g is
 * family f's rule of month word g): every match that reaches its trigger, in rule order, then by start.
 * The rules must use the default clause boundary and no `accept`.
 */
export function findMonthWordRules(text: string, tokens: Tokens, set: MonthWordRules): TriggeredMatch[] {
  const { byKey, shapes, reach } = indexOf(set);
  const families = set.families;
  const words = set.keys.length;
  // Per rule: the first start not yet tried (findTriggered's `next`), and its matches.
  const next = nextScratch(families.length * words);
  const byRule: (TriggeredMatch[] | undefined)[] = [];
  const count = tokens.count;
  const shapeOf = tokens.shape;
  const keys = tokens.key;
  for (let i = 0; i < count; i++) {
    while (i < count && shapes[shapeOf[i]] === 0) i++;
    if (i === count) break;
    const g = byKey.get(keys[i]);
    if (g === undefined) continue;
    // The first token of the clause, within the furthest reach of the rules: every rule's floor is at least i - reach.
    const clause = clauseStart(text, tokens, i, reach);
    for (let f = 0; f < families.length; f++) {
      const family = families[f];
      const r = f * words + g;
      if (family.gate && !family.gate(tokens, i, text)) continue;
      let j = Math.max(i - family.lookback, next[r], clause, 0);
      const last = family.startsBefore ? i - 1 : i;
      const rule = family.rules[g];
      let matched = false;
      for (; j <= last; j++) {
        if (j < i && !(isDigitShape(shapeOf[j]) || family.starts?.has(keys[j]))) continue;
        if (j < i && family.second && !family.second.has(keys[j + 1])) continue;
        rule.sticky.lastIndex = tokens.start[j];
        const m = rule.sticky.exec(text);
        if (m && m.index + m[0].length >= tokens.end[i]) {
          (byRule[r] ??= []).push({ rule: r, match: m });
          matched = true;
          break;
        }
      }
      next[r] = matched ? j + 1 : i + 1;
    }
  }
  const out: TriggeredMatch[] = [];
  for (const list of byRule) if (list) for (const t of list) out.push(t);
  return out;
}

// Allocating a typed array costs about a microsecond: one is reused.
let scratch = new Int32Array(128);

function nextScratch(n: number): Int32Array {
  if (scratch.length < n) scratch = new Int32Array(n);
  scratch.fill(0, 0, n);
  return scratch;
}

// findTriggered's default clause boundary: . ; : ! ? ( ) [ ] " “ ” newline and a comma, except the
// comma of a thousands separator (a digit on both sides).
const BOUNDARY = new Uint8Array(0x10000);
for (const c of '.;:!?()[]"“”\n,') BOUNDARY[c.charCodeAt(0)] = 1;

/** The first token after the last clause boundary before token i, if within `reach` tokens; else i - reach. */
export function clauseStart(text: string, tokens: Tokens, i: number, reach: number): number {
  const floor = i - reach;
  for (let k = i; k > 0 && k > floor; k--) {
    for (let p = tokens.end[k - 1]; p < tokens.start[k]; p++) {
      const c = text.charCodeAt(p);
      if (BOUNDARY[c] === 1 && (c !== 44 || !(isAsciiDigit(text.charCodeAt(p - 1)) && isAsciiDigit(text.charCodeAt(p + 1))))) return k;
    }
  }
  return floor;
}
