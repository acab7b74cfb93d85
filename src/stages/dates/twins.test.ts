// Run: node --import tsx --test src/stages/dates/twins.test.ts
import { twinsMatchAlike, wordsOf } from '../../core/ascii-twin.testing.js';
import { loadTsv } from '../../lexicon/load.js';
import { datePatterns } from './date-mentions.js';

const patterns = datePatterns();
const months = ['hijri-months.tsv', 'gregorian-months.tsv'].flatMap((f) => loadTsv(f, ['month', 'variant']).map((r) => r.variant));
// Each month spelling with a day before and after it, and with an ordinal word: the Hijri patterns are one per month word.
const phrases = months.flatMap((m) => [`12 ${m}`, `${m} 3`, `the fifth day of ${m}`, `3rd of ${m}, 1437 AH`, `${m.replace(/['’ʿ]/g, '‘')} 14`, m]);
const relative = ['the day before yesterday', 'earlier today', 'this morning', 'last Monday', 'this past Friday', 'Sunday Times', 'during the following days',
  'over the course of the next few days', 'the following day', 'a day later', 'two days after', 'on the same day', '2016-05-12'];
twinsMatchAlike('date mentions', patterns, [...wordsOf(patterns), ...phrases, ...relative]);
