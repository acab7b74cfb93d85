// How an audit entry reads: before → after as one row per changed field (nested objects flattened
// to dotted paths), a one-line summary for the collapsed row, and who a writer is.
export type DiffKind = 'added' | 'removed' | 'changed' | 'same';
export interface DiffRow { path: string; before: string | null; after: string | null; kind: DiffKind }

/** A value as text: strings as they are, everything else as JSON. */
const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v) ?? 'undefined');

/** Leaves of a JSON value by dotted path; arrays and primitives are leaves; a missing side (null) has none. */
function leaves(v: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.set(prefix, '{}');
    for (const [k, x] of entries) leaves(x, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) out.set(prefix, show(v));
  else if (v !== null && v !== undefined) out.set('value', show(v));
  return out;
}

/** Every field either side names, in the order they appear (before's first). */
export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  const b = leaves(before, '', new Map());
  const a = leaves(after, '', new Map());
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  return paths.map((path) => {
    const x = b.get(path) ?? null;
    const y = a.get(path) ?? null;
    const kind: DiffKind = x === null ? 'added' : y === null ? 'removed' : x === y ? 'same' : 'changed';
    return { path, before: x, after: y, kind };
  });
}

const MAX_SUMMARY = 80;
const clip = (s: string) => (s.length > MAX_SUMMARY ? `${s.slice(0, MAX_SUMMARY - 1)}…` : s);

/** The collapsed line: a single change in full, else the counts. */
export function diffSummary(rows: readonly DiffRow[]): string {
  const moved = rows.filter((r) => r.kind !== 'same');
  if (moved.length === 0) return rows.length === 0 ? 'no details' : 'no change';
  if (moved.length === 1) {
    const r = moved[0];
    return clip(`${r.path}: ${r.before ?? '—'} → ${r.after ?? '—'}`);
  }
  const n = (kind: DiffKind, word: string) => {
    const c = moved.filter((r) => r.kind === kind).length;
    return c ? `${c} ${word}` : null;
  };
  return [n('changed', 'changed'), n('added', 'added'), n('removed', 'removed')].filter(Boolean).join(', ');
}

export interface KeyName { id: string; name: string }

/** A writer as people read it: a key by its name, the command line by its user. */
export function whoLabel(by: string, keys: readonly KeyName[]): string {
  const key = /^key:([0-9a-f]{12})$/.exec(by);
  if (key) {
    const k = keys.find((x) => x.id === key[1]);
    return k ? `${k.name || 'unnamed key'} (key ${k.id})` : `key ${key[1]}`;
  }
  const cli = /^cli:(.+)$/.exec(by);
  if (cli) return `command line (${cli[1]})`;
  return by;
}
