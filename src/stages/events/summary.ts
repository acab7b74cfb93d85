// A neutral one-line summary built only from canonical values, never from the document's wording.
import type { ClaimEvent, Quantity } from '../../core/types.js';

const range = (q: Quantity | null): string | null => {
  if (!q) return null;
  if (q.best === null) return 'unspecified';
  if (q.low === q.high) return String(q.best);
  return `${q.best} (${q.low ?? '?'}–${q.high ?? 'open'})`;
};

// " armed clash" for "Armed clash" (with its leading space); acronyms ("IED …") stay as they are.
const kinds = new Map<string, string>();
function kindOf(sub: string): string {
  let kind = kinds.get(sub);
  if (kind === undefined) kinds.set(sub, (kind = ' ' + (/^[A-Z][a-z]/.test(sub) ? sub[0].toLowerCase() + sub.slice(1) : sub)));
  return kind;
}

function placeOf(l: ClaimEvent['location']): string {
  let where = l.name ?? '';
  if (l.admin1 && l.admin1 !== l.name) where = where ? `${where}, ${l.admin1}` : l.admin1;
  if (l.country) where = where ? `${where}, ${l.country}` : l.country;
  return where;
}

// Each figure's label with the separator before it, first (": ") or later (", "), made once.
interface Figure { first: string; later: string }
const figure = (label: string): Figure => ({ first: `: ${label} `, later: `, ${label} ` });
const KILLED = figure('killed');
const WOUNDED = figure('wounded');
const KILLED_OR_WOUNDED = figure('killed or wounded');
const CAPTURED = figure('captured');
const PERPETRATORS_KILLED = figure('attackers killed');

/** s with the figure appended when known; it is the first when s is still `base` long. */
function withFigure(s: string, base: number, f: Figure, q: Quantity | null): string {
  const r = range(q);
  return r ? s + (s.length === base ? f.first : f.later) + r : s;
}

/** Appended piece by piece, constants joined ahead: each `+` of a long string makes one more cons-string node. */
export function summarize(e: Omit<ClaimEvent, 'summary' | 'id' | 'confidence'>): string {
  let perp = 'Unidentified actor';
  let target: string | undefined;
  for (const a of e.actors) {
    if (a.role === 'perpetrator' && perp === 'Unidentified actor') perp = a.canonical;
    else if ((a.role === 'target' || a.role === 'victim') && target === undefined) target = a.canonical;
  }
  let s = perp + kindOf(e.type.acledSubEventType ?? 'incident');
  if (target) s += ' against ' + target;
  const where = placeOf(e.location);
  if (where) s += ' in ' + where;
  s += ' on ' + (e.date.best ?? (e.date.earliest && e.date.latest ? `${e.date.earliest}/${e.date.latest}` : 'date unknown'));
  s += e.stance === 'claimant' ? ' (claims)' : ' (reported)';
  // Each field read by name: a keyed read by field names in turn is a slow, megamorphic look-up.
  const c = e.casualties;
  const base = s.length;
  s = withFigure(s, base, KILLED, c.killed);
  s = withFigure(s, base, WOUNDED, c.wounded);
  s = withFigure(s, base, KILLED_OR_WOUNDED, c.killedOrWounded);
  s = withFigure(s, base, CAPTURED, c.captured);
  s = withFigure(s, base, PERPETRATORS_KILLED, c.perpetratorsKilled);
  return s + '.';
}
