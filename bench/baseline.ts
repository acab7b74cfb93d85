// The baseline every speed figure is compared with: one case-insensitive \b(?:…)\b alternation of
// ~500 lexicon words, counting matches. It stands for the speed of the machine at the time of a run
// (analyze.bench.ts; the workbench speed test scales its limits by it).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureTexts } from './corpus.js';

const REPO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const LEXICON_DIR = join(REPO_DIR, 'src', 'lexicon');
const WORD_COLUMNS = ['term', 'variant', 'word'];
const BASELINE_WORDS = 500;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** ~500 words: the term/variant/word columns of the lexicon TSVs, taken round-robin across files. */
export function baselineWords(): string[] {
  const columns: string[][] = [];
  for (const file of readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.tsv')).sort()) {
    const lines = readFileSync(join(LEXICON_DIR, file), 'utf8').split('\n').filter((l) => l.trim().length > 0);
    const header = (lines.shift() ?? '').split('\t');
    const col = header.findIndex((h) => WORD_COLUMNS.includes(h.trim()));
    if (col < 0) continue;
    columns.push(lines.map((l) => (l.split('\t')[col] ?? '').trim()).filter((w) => w.length > 0));
  }
  const seen = new Set<string>();
  const words: string[] = [];
  const add = (w: string): void => {
    const k = w.toLowerCase();
    if (words.length < BASELINE_WORDS && !seen.has(k)) {
      seen.add(k);
      words.push(w);
    }
  };
  for (let i = 0; words.length < BASELINE_WORDS && columns.some((c) => i < c.length); i++) {
    for (const c of columns) if (i < c.length) add(c[i] as string);
  }
  // Pad with English words from the fixture texts if the lexicon has fewer than 500.
  if (words.length < BASELINE_WORDS) {
    for (const text of fixtureTexts()) for (const m of text.matchAll(/\b[A-Za-z]{4,}\b/g)) add(m[0]);
  }
  return words;
}

export function buildBaselineRegex(words: readonly string[]): RegExp {
  const alts = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegex);
  return new RegExp(`\\b(?:${alts.join('|')})\\b`, 'gi');
}

export function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}


/** The baseline's speed now, in MB/s: the best of `passes` passes over `text` (after one warm-up pass). */
export function baselineSpeed(text: string, passes = 5): number {
  const re = buildBaselineRegex(baselineWords());
  countMatches(re, text);
  let best = Infinity;
  for (let i = 0; i < passes; i++) {
    const t = performance.now();
    countMatches(re, text);
    best = Math.min(best, performance.now() - t);
  }
  return Buffer.byteLength(text, 'utf8') / 1e6 / (Math.max(best, 0.001) / 1000);
}
