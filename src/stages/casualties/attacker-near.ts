// A gate for rules whose statement names an attacker ("two of the attackers were killed"): the
// attacker noun is a whole token close to the trigger, so a trigger with none near is not tried.
import { currentWords, type Tokens } from '../../core/tokens.js';
import { ID_MASK, wordTable } from '../../core/words.js';

/** How far from the trigger the noun may stand: "the X attackers" before it, "were reportedly shot and killed" after it. */
const NEAR = 8;

/** The token keys the attacker alternation ("attackers?|gunm[ae]n|…", matched /iu) can match: "ſ" folds to "s". */
export function attackerKeys(alternation: string): ReadonlySet<string> {
  const keys = new Set<string>();
  const add = (word: string) => {
    const s = word.indexOf('s');
    if (s < 0) keys.add(word);
    else for (const c of ['s', 'ſ']) for (const rest of expandLongS(word.slice(s + 1))) keys.add(word.slice(0, s) + c + rest);
  };
  for (const term of alternation.split('|')) {
    if (!/^(?:[a-z]|\[[a-z]+\]|[a-z]\?)+$/.test(term)) throw new Error(`attacker gate: cannot spell out ${JSON.stringify(term)}`);
    let words = [''];
    for (const piece of term.match(/\[[a-z]+\]|[a-z]\?|[a-z]/g)!) {
      const options = piece.startsWith('[') ? [...piece.slice(1, -1)] : piece.endsWith('?') ? ['', piece[0]] : [piece];
      words = words.flatMap((w) => options.map((o) => w + o));
    }
    for (const w of words) add(w);
  }
  return keys;
}

function expandLongS(rest: string): string[] {
  const s = rest.indexOf('s');
  if (s < 0) return [rest];
  return expandLongS(rest.slice(s + 1)).flatMap((tail) => [`${rest.slice(0, s)}s${tail}`, `${rest.slice(0, s)}ſ${tail}`]);
}

/** A gate: one of `keys` stands within NEAR tokens of the trigger. */
export function keyNear(keys: ReadonlySet<string>): (tokens: Tokens, i: number) => boolean {
  const table = wordTable(keys);
  return (tokens, i) => {
    const { word } = currentWords(tokens);
    const to = Math.min(tokens.count, i + NEAR + 1);
    for (let k = Math.max(0, i - NEAR); k < to; k++) if (table[word[k] & ID_MASK] === 1) return true;
    return false;
  };
}
