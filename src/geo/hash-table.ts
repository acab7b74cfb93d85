// A static open-addressing hash table over a string list, kept in an Int32Array so that the place
// index's cache file holds it ready to use: a JS Map of half a million names takes longer to build
// (or to deserialise) than the whole rest of the index takes to load.

/** FNV-1a over UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Slots (a power of two, at most half full) holding each key's index in `keys`, -1 when empty. */
export function buildTable(keys: readonly string[]): Int32Array {
  let size = 16;
  while (size < keys.length * 2) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const mask = size - 1;
  keys.forEach((key, i) => {
    let slot = fnv1a(key) & mask;
    while (table[slot] !== -1) slot = (slot + 1) & mask;
    table[slot] = i;
  });
  return table;
}

/** The index of `key` in `keys`, or -1. */
export function findIn(table: Int32Array, keys: readonly string[], key: string): number {
  const mask = table.length - 1;
  let slot = fnv1a(key) & mask;
  for (;;) {
    const i = table[slot];
    if (i === -1 || keys[i] === key) return i;
    slot = (slot + 1) & mask;
  }
}
