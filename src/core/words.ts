// Registered words: the keys the rule passes look up (triggers, phrase words, gate words) get small
// ids when their rule set or dictionary is built, and tokenize tags each token with its key's id.
// A pass then tests a token by its id in a table, exactly, without reading or hashing the key.
// Trigger words are also "listed": tokenize keeps the indices of their tokens, so a trigger pass
// visits those alone instead of every token.

/** A token's word value: its key's id (0: no registered key) and two flags. */
export const ID_MASK = (1 << 14) - 1;
export const MAX_WORDS = ID_MASK + 1;
/** The key is a trigger word: tokenize lists the token. */
export const LISTED = 1 << 14;
/** The key starts with an ASCII digit. */
export const DIGIT_LED = 1 << 15;

const values = new Map<string, number>();
let nextId = 1;

/** Bumped whenever a key's value changes: word values computed before are stale. */
export let generation = 0;
/** The flags that put a token on the list (DIGIT_LED too once some rule set is set off by numbers). */
export let listMask = LISTED;

/** A key's word value (id and LISTED as registered, DIGIT_LED from its first character). */
export function wordValue(key: string): number {
  const first = key.charCodeAt(0);
  return (values.get(key) ?? 0) | (first >= 48 && first <= 57 ? DIGIT_LED : 0);
}

/** Whether a word value's key starts with an ASCII digit. */
export const isDigitWord = (value: number): boolean => value >= DIGIT_LED;

/** The id of `key`, registered now if new; `listed` marks it a trigger word for good. */
export function registerWord(key: string, listed = false): number {
  let value = values.get(key);
  if (value === undefined) {
    if (nextId > ID_MASK) throw new Error(`more than ${ID_MASK} registered words: no id for ${JSON.stringify(key)}`);
    value = nextId++;
    generation++;
  }
  if (listed && (value & LISTED) === 0) { value |= LISTED; generation++; }
  values.set(key, value);
  return value & ID_MASK;
}

/** Tokens that start with a digit are listed from now on. */
export function listNumbers(): void {
  if (listMask & DIGIT_LED) return;
  listMask |= DIGIT_LED;
  generation++;
}

/** A table by word id: 1 for the ids of `keys` (registered now). */
export function wordTable(keys: Iterable<string>, listed = false): Uint8Array {
  const table = new Uint8Array(MAX_WORDS);
  for (const key of keys) table[registerWord(key, listed)] = 1;
  return table;
}
