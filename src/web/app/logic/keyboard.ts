// Review keys of the events view. Keys typed into a field, or with a modifier, are never taken.
export type KeyAction = 'next' | 'prev' | 'verify' | 'reject' | 'reopen' | 'edit' | 'search' | 'help' | 'close';

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target?: { tagName?: string; isContentEditable?: boolean } | null;
}

export const KEYS: Readonly<Record<string, KeyAction>> = {
  j: 'next', ArrowDown: 'next', k: 'prev', ArrowUp: 'prev',
  v: 'verify', r: 'reject', u: 'reopen', e: 'edit', '/': 'search', '?': 'help', Escape: 'close',
};

/** What the analyst sees in the help: key, what it does. */
export const KEY_HELP: readonly [string, string][] = [
  ['j / ↓', 'next event'], ['k / ↑', 'previous event'], ['v', 'verify'], ['r', 'reject'], ['u', 'reopen (back to draft)'],
  ['e', 'edit'], ['/', 'search'], ['?', 'these keys'], ['Esc', 'close the form or this help'],
];

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function keyAction(e: KeyInput): KeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const t = e.target;
  const typing = !!t && (TYPING.has((t.tagName ?? '').toUpperCase()) || t.isContentEditable === true);
  if (typing) return e.key === 'Escape' ? 'close' : null;
  return Object.hasOwn(KEYS, e.key) ? KEYS[e.key] : null;
}
