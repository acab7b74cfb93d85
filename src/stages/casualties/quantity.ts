// Number phrases → low/best/high per DOMAIN.md §5 (conventions made exact in fixtures/gold/README.md).
import type { QuantityValue } from '../../pipeline/annotations.js';
import { alternation, escapeRegex, loadTsv } from '../../lexicon/load.js';

interface Tables {
  words: Map<string, number>;
  vague: Map<string, QuantityValue>;
  modifiers: Map<string, string>;
  source: string;
  /** Lower-case words that can open a number phrase. */
  startWords: ReadonlySet<string>;
}

let tables: Tables | null = null;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export function quantityTables(): Tables {
  if (tables) return tables;
  const wordRows = loadTsv('number-words.tsv', ['word', 'value']);
  const vagueRows = loadTsv('vague-quantities.tsv', ['phrase', 'low', 'best', 'high']);
  const modRows = loadTsv('number-modifiers.tsv', ['modifier', 'kind']);
  const words = new Map(wordRows.map((r) => [norm(r.word), Number(r.value)]));
  const vague = new Map(vagueRows.map((r) => [norm(r.phrase), { low: Number(r.low), best: Number(r.best), high: Number(r.high) }]));
  const modifiers = new Map(modRows.map((r) => [norm(r.modifier), r.kind]));
  const plainWords = wordRows.map((r) => r.word).filter((w) => !/^an?$|^an? /.test(w) && !w.includes(' '));
  const W = alternation(plainWords, escapeRegex);
  const wordNumber = `(?:${W})(?:(?:[\\s-]+|\\s+and\\s+)(?:${W}))*`;
  const digits = '\\d{1,3}(?:,\\d{3})+|\\d+';
  const notMeasure = '(?![\\d.,]*(?:\\s*(?:mm|cm|km|kg|%|:|x\\d|a\\.m|p\\.m)|-?(?:year|mm|km|\\d)))';
  const special = alternation(wordRows.map((r) => r.word).filter((w) => /^an?$|^an? |^a /.test(w) || w.includes(' ')), escapeRegex);
  const source = `(?:(?:${alternation([...modifiers.keys()], escapeRegex)})\\s+)?(?:(?:${digits})${notMeasure}|${wordNumber}(?![\\p{L}-])|${alternation([...vague.keys()], escapeRegex)}|${special})`;
  const startWords = new Set([...words.keys(), ...vague.keys(), ...modifiers.keys()].map((p) => p.split(/[\s-]/)[0]));
  tables = { words, vague, modifiers, source, startWords };
  return tables;
}

function parseNumber(s: string, words: Map<string, number>): number | null {
  const t = norm(s);
  if (/^(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(t)) return Number(t.replace(/,/g, ''));
  const direct = words.get(t);
  if (direct !== undefined) return direct;
  return composeNumberWords(t.split(/[\s-]+/), words);
}

type Last = 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'thousand' | 'dozen' | 'and';

/** English number-word grammar ("two thousand five hundred and twenty-one", "twenty-five hundred", "two dozen"); null for "five five", "and". */
function composeNumberWords(tokens: readonly string[], words: Map<string, number>): number | null {
  let total = 0;
  let current = 0;
  let last: Last = 'start';
  for (const w of tokens) {
    if (w === 'and') {
      if (last !== 'hundred' && last !== 'thousand') return null;
      last = 'and';
      continue;
    }
    const v = words.get(w);
    if (v === undefined || v === 0) return null;
    if (w === 'dozen') {
      if (last !== 'start' && last !== 'unit') return null;
      current = (current || 1) * 12;
      last = 'dozen';
    } else if (v === 1000) {
      if (last === 'thousand' || last === 'and' || last === 'dozen' || total > 0) return null;
      total = (current || 1) * 1000;
      current = 0;
      last = 'thousand';
    } else if (v === 100) {
      if (last === 'hundred' || last === 'and' || last === 'dozen' || current >= 100) return null;
      current = (current || 1) * 100;
      last = 'hundred';
    } else {
      const kind: Last = v < 10 ? 'unit' : v < 20 ? 'teen' : 'tens';
      const fits = last === 'start' || last === 'hundred' || last === 'thousand' || last === 'and' || (kind === 'unit' && last === 'tens');
      if (!fits || v >= 100) return null;
      current += v;
      last = kind;
    }
  }
  return last === 'start' || last === 'and' ? null : total + current;
}

/** The value of a quantity phrase matched by `quantityTables().source`. */
const parsed = new Map<string, QuantityValue | null>();

export function parseQuantity(phrase: string): QuantityValue | null {
  const hit = parsed.get(phrase);
  if (hit !== undefined) return hit && { ...hit };
  const value = computeQuantity(phrase);
  if (parsed.size > 10_000) parsed.clear();
  parsed.set(phrase, value);
  return value && { ...value };
}

let modifiersByLength: [string, string][] | null = null;

function computeQuantity(phrase: string): QuantityValue | null {
  const { words, vague, modifiers } = quantityTables();
  modifiersByLength ??= [...modifiers].sort((a, b) => b[0].length - a[0].length);
  let rest = norm(phrase);
  let kind = 'exact';
  for (const [m, k] of modifiersByLength) {
    if (rest.startsWith(`${m} `) && !vague.has(rest)) { kind = k; rest = rest.slice(m.length + 1); break; }
  }
  const v = vague.get(rest);
  if (v) return { ...v };
  const n = parseNumber(rest, words);
  if (n === null) return null;
  switch (kind) {
    case 'approx': return { low: Math.floor(0.8 * n), best: n, high: Math.ceil(1.2 * n) };
    case 'more': return { low: n + 1, best: n + 1, high: null };
    case 'atleast': return { low: n, best: n, high: null };
    case 'upto': return { low: null, best: n, high: n };
    default: return { low: n, best: n, high: n };
  }
}
