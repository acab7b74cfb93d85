// Reads the lexicon's TSV data files (each with a `source` column) once per process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const cache = new Map<string, ReadonlyArray<Readonly<Record<string, string>>>>();

export function loadTsv(name: string, required: readonly string[]): ReadonlyArray<Readonly<Record<string, string>>> {
  const hit = cache.get(name);
  if (hit) return hit;
  const text = readFileSync(join(here, name), 'utf8');
  const lines = text.split('\n').filter((l) => l.length > 0);
  const header = (lines.shift() ?? '').split('\t');
  for (const col of [...required, 'source']) {
    if (!header.includes(col)) throw new Error(`lexicon ${name}: missing column '${col}'`);
  }
  const rows = lines.map((line, i) => {
    const cells = line.split('\t');
    const row: Record<string, string> = {};
    header.forEach((h, j) => { row[h] = (cells[j] ?? '').trim(); });
    if (!row.source) throw new Error(`lexicon ${name}: row ${i + 2} has no source`);
    return Object.freeze(row);
  });
  const frozen = Object.freeze(rows);
  cache.set(name, frozen);
  return frozen;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A literal term as a regex source tolerant of apostrophe variants, hyphen/space and case of "al-". */
export function flexibleTerm(term: string): string {
  return escapeRegex(term)
    .replace(/['’‘ʿʻ`]/g, "['’‘ʿʻ`]?")
    .replace(/\\-| /g, "[\\s\\-‐–]*");
}

/** One alternation, longest first so that "Nusayri army" wins over "Nusayri". */
export function alternation(terms: readonly string[], toSource: (t: string) => string = flexibleTerm): string {
  return [...new Set(terms)].sort((a, b) => b.length - a.length).map(toSource).join('|');
}

/** Like flexibleTerm, but an apostrophe may also appear after any letter ("Dhul Qa’dah" for "Dhul Qadah"). */
export function apostropheTolerantTerm(term: string): string {
  return [...term.replace(/['’‘ʿʻ`]/g, '')].map((c) => (/\s|-/.test(c) ? "[\\s\\-‐–]*['’‘ʿʻ`]?" : `${escapeRegex(c)}['’‘ʿʻ\`]?`)).join('').replace(/\['’‘ʿʻ`\]\?$/, '');
}
