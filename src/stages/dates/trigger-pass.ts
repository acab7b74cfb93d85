// The date rules found in one pass over their trigger words: findTriggered's result for them,
// without its generic work per rule. All rules at a trigger share the clause before it (read
// once), the rules' fields are copied into one shape, and the per-rule state is a reused typed array.
import type { Tokens } from '../../core/tokens.js';
import { isDigitShape, shapeTable } from '../../core/tokens.js';
import type { TriggeredMatch, TriggerRule } from '../../core/triggered.js';
import { isAsciiDigit } from '../../core/chars.js';

/** A rule's fields as the pass reads them: every field present, so every rule has one shape. */
interface PassRule {
  sticky: RegExp;
  lookback: number;
  startsBefore: boolean;
  starts: ReadonlySet<string> | null;
  second: ReadonlySet<string> | null;
  gate: ((tokens: Tokens, i: number, text: string) => boolean) | null;
}

export interface TriggerPass {
  readonly rules: readonly PassRule[];
  /** The rules each trigger key sets off, in rule order. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** 1 where some trigger key has that key shape. */
  readonly shapes: Uint8Array;
  /** The most tokens any rule's match opens before its trigger. */
  readonly reach: number;
}

/** The pass for `rules`, which must use the default clause boundary, no `accept` and no number trigger. */
export function triggerPass(rules: readonly TriggerRule[]): TriggerPass {
  const byKey = new Map<string, number[]>();
  rules.forEach((r, i) => {
    if (!r.sticky.sticky || r.accept || r.boundary !== undefined || r.triggers.includes('#num')) throw new Error(`rule ${i} does not fit the date trigger pass`);
    for (const t of new Set(r.triggers)) byKey.set(t, [...(byKey.get(t) ?? []), i]);
  });
  return {
    rules: rules.map((r) => ({ sticky: r.sticky, lookback: r.lookback, startsBefore: r.startsBefore === true, starts: r.starts ?? null, second: r.second ?? null, gate: r.gate ?? null })),
    byKey,
    shapes: shapeTable(byKey.keys()),
    reach: Math.max(0, ...rules.map((r) => r.lookback)),
  };
}

/** What findTriggered(text, tokens, rules) finds for the rules of the pass: every match that reaches its trigger, in rule order, then by start. */
export function findByTriggers(text: string, tokens: Tokens, pass: TriggerPass): TriggeredMatch[] {
  const { rules, byKey, shapes, reach } = pass;
  // Per rule: the first start not yet tried (findTriggered's `next`), and its matches.
  const next = nextScratch(rules.length);
  const byRule: (TriggeredMatch[] | undefined)[] = [];
  const count = tokens.count;
  const shapeOf = tokens.shape;
  const keys = tokens.key;
  for (let i = 0; i < count; i++) {
    while (i < count && shapes[shapeOf[i]] === 0) i++;
    if (i === count) break;
    const hits = byKey.get(keys[i]);
    if (hits === undefined) continue;
    // Every rule's floor is at least i - reach: the clause is read once for all.
    const clause = clauseStart(text, tokens, i, reach);
    for (let h = 0; h < hits.length; h++) {
      const r = hits[h];
      const rule = rules[r];
      if (rule.gate !== null && !rule.gate(tokens, i, text)) continue;
      let j = Math.max(i - rule.lookback, next[r], clause, 0);
      const last = rule.startsBefore ? i - 1 : i;
      let matched = false;
      for (; j <= last; j++) {
        if (j < i && !(isDigitShape(shapeOf[j]) || (rule.starts !== null && rule.starts.has(keys[j])))) continue;
        if (j < i && rule.second !== null && !rule.second.has(keys[j + 1])) continue;
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
