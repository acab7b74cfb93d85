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
interface Figure { field: keyof ClaimEvent['casualties']; first: string; later: string }
const figure = (field: Figure['field'], label: string): Figure => ({ field, first: `: ${label} `, later: `, ${label} ` });
const FIGURES: readonly Figure[] = [
  figure('killed', 'killed'), figure('wounded', 'wounded'), figure('killedOrWounded', 'killed or wounded'),
  figure('captured', 'captured'), figure('perpetratorsKilled', 'attackers killed'),
];

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
  let first = true;
  for (const f of FIGURES) {
    const r = range(e.casualties[f.field]);
    if (!r) continue;
    s += (first ? f.first : f.later) + r;
    first = false;
  }
  return s + '.';
}
