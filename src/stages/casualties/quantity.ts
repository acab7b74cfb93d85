// Number phrases → low/best/high per DOMAIN.md §5 (conventions made exact in fixtures/gold/README.md).
import type { QuantityValue } from '../../pipeline/annotations.js';
import { alternation, escapeRegex, loadTsv } from '../../lexicon/load.js';

interface Tables {
  words: Map<string, number>;
  vague: Map<string, QuantityValue>;
  modifiers: Map<string, string>;
  source: string;
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
  tables = { words, vague, modifiers, source };
  return tables;
}

function parseNumber(s: string, words: Map<string, number>): number | null {
  const t = norm(s).replace(/,/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  const direct = words.get(t);
  if (direct !== undefined) return direct;
  let total = 0;
  let current = 0;
  for (const w of t.split(/[\s-]+/)) {
    if (w === 'and') continue;
    const v = words.get(w);
    if (v === undefined) return null;
    if (v === 100 || v === 1000) { current = (current || 1) * v; if (v === 1000) { total += current; current = 0; } }
    else current += v;
  }
  return total + current;
}

/** The value of a quantity phrase matched by `quantityTables().source`. */
export function parseQuantity(phrase: string): QuantityValue | null {
  const { words, vague, modifiers } = quantityTables();
  let rest = norm(phrase);
  let kind = 'exact';
  for (const [m, k] of [...modifiers].sort((a, b) => b[0].length - a[0].length)) {
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
