// A pattern with the u flag, rewritten to run without it on plain texts: ASCII and a few caseless
// marks (PLAIN_EXTRA: ’ ‘ ʿ dashes …), as nearly all documents are. V8 runs the twin faster: small
// ASCII classes instead of \p{L}'s hundreds of ranges, no Unicode case folding ("s" is [sS], not
// [sSſ]). On a plain text a pattern means the same without u wherever it matches the characters it
// did: literal ASCII characters, groups, lookarounds, quantifiers, \b, . and back-references read
// alike there (no plain character folds to another, none is a surrogate). What u changes is an atom's
// character set: \p{…}, \u{…}, a class, a character outside ASCII. Each such atom becomes the class
// of the plain characters it matches under the original flags, found by trying every one of them,
// and checked to match the same under the twin's. Whether a text is plain, tokenize records
// (Tokens.plain), as it reads every code unit anyway.

/** The characters above 127 a plain text may hold: marks and letters without case, no surrogates. */
export const PLAIN_EXTRA = '\u00a0\u00ab\u00bb\u02bb\u02bc\u02be\u02bf\u2010\u2011\u2012\u2013\u2014\u2018\u2019\u201c\u201d\u2026';

/** Every plain character by code, in order. */
const PLAIN: readonly number[] = [...Array.from({ length: 128 }, (_, c) => c), ...[...PLAIN_EXTRA].map((ch) => ch.charCodeAt(0))];

const twins = new WeakMap<RegExp, RegExp | null>();

/**
 * The twin of `re` for plain texts: flags without u, same matches (index, groups, lastIndex) on any
 * text of plain characters. `re` itself when it has no u flag; null when its source holds something
 * the rewrite does not know.
 */
export function asciiTwin(re: RegExp): RegExp | null {
  if (re.flags.includes('v')) return null;
  if (!re.unicode) return re;
  let twin = twins.get(re);
  if (twin === undefined) twins.set(re, twin = rewrite(re));
  return twin;
}

/** asciiTwin(re), or re itself when there is none. */
export const asciiTwinOr = (re: RegExp): RegExp => asciiTwin(re) ?? re;

function rewrite(re: RegExp): RegExp | null {
  const flags = re.flags.replace('u', '');
  // Only i matters to which characters one atom matches.
  const matchFlags = { original: re.ignoreCase ? 'iu' : 'u', twin: re.ignoreCase ? 'i' : '' };
  const source = twinSource(re.source, matchFlags);
  if (source === null) return null;
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}

interface MatchFlags { readonly original: string; readonly twin: string }

const isAsciiIdentifier = (name: string): boolean => /^[A-Za-z_$][\w$]*$/.test(name);

// Escapes that stand for themselves with or without u (control characters, syntax characters).
const KEPT_ESCAPES = new Set([...'fnrtv^$\\.*+?()[]{}|/-bB']);
// Class escapes whose meaning u may change on ASCII (it does not, in V8; the check makes sure).
const CLASS_ESCAPES = new Set([...'dDsSwW']);

/** The twin's source, or null when `src` holds a construct the rewrite does not know. */
function twinSource(src: string, flags: MatchFlags): string | null {
  let out = '';
  let k = 0;
  while (k < src.length) {
    const c = src[k];
    if (c === '[') {
      const end = classEnd(src, k);
      if (end < 0) return null;
      // A class is one character with or without u: kept as written where it matches the same.
      const atom = asPlainClass(src.slice(k, end), flags, true);
      if (atom === null) return null;
      out += atom;
      k = end;
    } else if (c === '\\') {
      const end = escapeEnd(src, k);
      if (end < 0) return null;
      const escape = src.slice(k, end);
      const e = src[k + 1];
      if (KEPT_ESCAPES.has(e) || /[1-9]/.test(e) || e === 'c' || (e === '0' && !/[0-9]/.test(src[k + 2] ?? ''))) out += escape;
      else if (e === 'k') {
        if (!isAsciiIdentifier(escape.slice(3, -1))) return null;
        out += escape;
      } else if (e === 'x' && parseInt(escape.slice(2), 16) < 128) out += escape;
      else if (e === 'x' || e === 'u' || e === 'p' || e === 'P' || CLASS_ESCAPES.has(e)) {
        const atom = asPlainClass(escape, flags, CLASS_ESCAPES.has(e));
        if (atom === null) return null;
        out += atom;
      } else return null;
      k = end;
    } else if (c === '(' && src[k + 1] === '?') {
      const open = groupOpening(src, k);
      if (open === null) return null;
      out += open;
      k += open.length;
    } else {
      const cp = src.codePointAt(k)!;
      const width = cp > 0xffff ? 2 : 1;
      if (cp < 128) out += c;
      else {
        // A surrogate pair is two characters without u: always rewritten.
        const atom = asPlainClass(src.slice(k, k + width), flags, width === 1);
        if (atom === null) return null;
        out += atom;
      }
      k += width;
    }
  }
  return out;
}

/** "(?:", "(?=", "(?!", "(?<=", "(?<!" or "(?<name>" at k; null for anything else (modifiers …). */
function groupOpening(src: string, k: number): string | null {
  const three = src.slice(k, k + 3);
  if (three === '(?:' || three === '(?=' || three === '(?!') return three;
  const four = src.slice(k, k + 4);
  if (four === '(?<=' || four === '(?<!') return four;
  if (four.startsWith('(?<')) {
    const close = src.indexOf('>', k);
    if (close < 0 || !isAsciiIdentifier(src.slice(k + 3, close))) return null;
    return src.slice(k, close + 1);
  }
  return null;
}

/** Where the escape at k (a backslash) ends; -1 if it is cut short. */
function escapeEnd(src: string, k: number): number {
  const e = src[k + 1];
  if (e === undefined) return -1;
  if ((e === 'p' || e === 'P' || e === 'u') && src[k + 2] === '{') {
    const close = src.indexOf('}', k);
    return close < 0 ? -1 : close + 1;
  }
  if (e === 'u') {
    if (!/^[0-9a-fA-F]{4}$/.test(src.slice(k + 2, k + 6))) return -1;
    const unit = parseInt(src.slice(k + 2, k + 6), 16);
    // A surrogate pair written as two escapes is one character under u.
    if (unit >= 0xd800 && unit <= 0xdbff && /^\\u[dD][c-fC-F][0-9a-fA-F]{2}$/.test(src.slice(k + 6, k + 12))) return k + 12;
    return k + 6;
  }
  if (e === 'x') return /^[0-9a-fA-F]{2}$/.test(src.slice(k + 2, k + 4)) ? k + 4 : -1;
  if (e === 'c') return k + 3;
  if (e === 'k') {
    if (src[k + 2] !== '<') return -1;
    const close = src.indexOf('>', k);
    return close < 0 ? -1 : close + 1;
  }
  if (/[1-9]/.test(e)) {
    let end = k + 2;
    while (/[0-9]/.test(src[end] ?? '')) end++;
    return end;
  }
  return k + 1 + (src.codePointAt(k + 1)! > 0xffff ? 2 : 1);
}

/** Where the class opening at k ends (after its "]"); -1 if it does not. */
function classEnd(src: string, k: number): number {
  let p = k + 1;
  while (p < src.length) {
    const c = src[p];
    if (c === ']') return p + 1;
    if (c === '\\') {
      const end = escapeEnd(src, p);
      if (end < 0) return -1;
      p = end;
    } else p++;
  }
  return -1;
}

/**
 * The atom (one character: a class, an escape, a literal) as a class matching, under the twin's
 * flags, the plain characters it matches under the original's; the atom itself when `keep` and it
 * already does. Null when no class can say it (never expected; the check is cheap).
 */
function asPlainClass(atom: string, flags: MatchFlags, keep: boolean): string | null {
  // Patterns repeat their classes (\s, [\p{L}\p{N}'’-] …): each is tried once.
  const key = `${flags.original} ${keep} ${atom}`;
  let cls = atoms.get(key);
  if (cls === undefined) atoms.set(key, cls = tryPlainClass(atom, flags, keep));
  return cls;
}

const atoms = new Map<string, string | null>();

function tryPlainClass(atom: string, flags: MatchFlags, keep: boolean): string | null {
  const set = matchedPlain(atom, flags.original);
  if (set === null) return null;
  if (keep && sameSet(matchedPlain(atom, flags.twin), set)) return atom;
  const cls = classOf(set);
  return sameSet(matchedPlain(cls, flags.twin), set) ? cls : null;
}

/** Which plain characters (by their place in PLAIN) the atom matches alone under `flags`; null if it does not compile. */
function matchedPlain(atom: string, flags: string): boolean[] | null {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${atom})$`, flags);
  } catch {
    return null;
  }
  return PLAIN.map((c) => re.test(String.fromCharCode(c)));
}

const sameSet = (a: boolean[] | null, b: boolean[]): boolean => a !== null && a.every((x, k) => x === b[k]);

const hex = (c: number): string => (c < 128 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`);

/** A class of the plain characters in `set`, as ranges of escapes ("[]" when empty: it matches nothing without u). */
function classOf(set: boolean[]): string {
  let out = '[';
  for (let k = 0; k < PLAIN.length; k++) {
    if (!set[k]) continue;
    let last = k;
    while (last + 1 < PLAIN.length && set[last + 1] && PLAIN[last + 1] === PLAIN[last] + 1) last++;
    const [from, to] = [PLAIN[k], PLAIN[last]];
    out += to === from ? hex(from) : to === from + 1 ? hex(from) + hex(to) : `${hex(from)}-${hex(to)}`;
    k = last;
  }
  return `${out}]`;
}
