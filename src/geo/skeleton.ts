// Transliteration folding: the consonant skeleton under which romanisations of one Arabic, Somali
// or Hausa name meet ("Deir ez-Zor" / "Dayr az-Zawr", "Qayyarah" / "Kayara", "Tal Afar" / "Tell
// 'Afar" / "Telafar"). It over-merges on purpose: it is tried only after the exact folded name
// found nothing, and only inside the country (and admin-1) that the text sets.
import { foldName } from './fold.js';

/** Article words dropped inside a name ("Deir ez-Zor"); a leading one is gone after foldName. */
const ARTICLES = new Set(['al', 'el', 'as', 'ash', 'ad', 'adh', 'ar', 'at', 'ath', 'az', 'an', 'ag', 'aj', 'ez', 'es', 'ed', 'er', 'et', 'en', 'ul', 'il']);

// Letter groups that spell one sound across romanisations, applied in this order.
const DIGRAPHS: readonly [RegExp, string][] = [
  [/^(?:tall|tal|tell|tel|til)(?=.)/, 'tl'], // "Tal Afar" and "Telafar" alike
  [/([aeiou])h$/, '$1'], // -ah, -eh: ta marbuta
  [/dh/g, 'd'],
  [/th/g, 't'],
  [/ph/g, 'f'],
  [/dj/g, 'j'],
  [/ch/g, 'sh'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/z/g, 'd'],
];

// Vowels and the semivowels y/w vary freely ("Deir"/"Dayr", "Zor"/"Zawr", "Idlib"/"Edleb"); an
// initial vowel stays as one mark, so "Ain Issa" keeps three letters.
const VOWELS = /[aeiouyw]/g;
const INITIAL_VOWEL = /^[aeiou]/;
const DOUBLED = /(.)\1+/g;

/** The skeleton of a name, or '' when too little is left to match on (fewer than two letters). */
export function skeleton(name: string): string {
  const words = foldName(name).split(' ').filter((w) => w.length > 0);
  const kept = words.length > 1 ? words.filter((w) => !ARTICLES.has(w)) : words;
  let out = INITIAL_VOWEL.test(kept[0] ?? '') ? 'a' : '';
  for (let w of kept) {
    for (const [re, to] of DIGRAPHS) w = w.replace(re, to);
    out += w.replace(VOWELS, '');
  }
  out = out.replace(DOUBLED, '$1');
  return out.length >= 2 ? out : '';
}
