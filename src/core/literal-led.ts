// A global scan of a pattern, tried only where a literal it always starts with occurs. V8 finds a
// literal with a fast skip search, while a pattern led by \b or an alternation is tried at every
// position: for a rare literal ("Wilaya") the scan costs a fraction of the pattern's.

/**
 * The matches `pattern` (global) finds in `text`, in order, not overlapping: the same as
 * `text.matchAll(pattern)`, provided every match of `pattern` starts with `literal`.
 */
export function matchesLedBy(text: string, literal: string, pattern: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const sticky = stickyOf(pattern);
  for (let at = text.indexOf(literal); at !== -1; ) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    // A match resumes the search at its end; a miss at the next position.
    const next = m ? Math.max(at + 1, at + m[0].length) : at + 1;
    if (m) out.push(m);
    at = text.indexOf(literal, next);
  }
  return out;
}

const stickies = new WeakMap<RegExp, RegExp>();
function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickies.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
    stickies.set(pattern, sticky);
  }
  return sticky;
}

/**
 * `text.includes(literal)`, searched from its character at `rare`: indexOf skips fast to a
 * rare character ("q" of "maq") but stops at every common one ("m").
 */
export function includesVia(text: string, literal: string, rare: number): boolean {
  const c = literal[rare];
  for (let p = text.indexOf(c, rare); p !== -1; p = text.indexOf(c, p + 1)) {
    if (text.startsWith(literal, p - rare)) return true;
  }
  return false;
}
