// The document's script, from its letters: the rules read English; other scripts get a coded issue.
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/** "en" for Latin-script text, "ar" for Arabic script, "und" otherwise (sampled: the first 64K characters). */
export function detectLanguage(text: string): 'en' | 'ar' | 'und' {
  let latin = 0;
  let arabic = 0;
  let letters = 0;
  const n = Math.min(text.length, 65_536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) { latin++; letters++; }
      continue;
    }
    const ch = text[i];
    if (!LETTER.test(ch)) continue;
    letters++;
    if (ARABIC.test(ch)) arabic++;
    else if (LATIN.test(ch)) latin++;
  }
  if (letters === 0) return 'und';
  if (arabic / letters > 0.5) return 'ar';
  if (latin / letters > 0.5) return 'en';
  return 'und';
}
