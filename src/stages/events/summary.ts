// A neutral one-line summary built only from canonical values, never from the document's wording.
import type { ClaimEvent, Quantity } from '../../core/types.js';

const range = (q: Quantity | null): string | null => {
  if (!q) return null;
  if (q.best === null) return 'unspecified';
  if (q.low === q.high) return String(q.best);
  return `${q.best} (${q.low ?? '?'}–${q.high ?? 'open'})`;
};

// "Armed clash" → "armed clash"; acronyms ("IED …") stay as they are.
const kinds = new Map<string, string>();
function kindOf(sub: string): string {
  let kind = kinds.get(sub);
  if (kind === undefined) kinds.set(sub, (kind = /^[A-Z][a-z]/.test(sub) ? sub[0].toLowerCase() + sub.slice(1) : sub));
  return kind;
}

function placeOf(l: ClaimEvent['location']): string {
  let where = l.name ?? '';
  if (l.admin1 && l.admin1 !== l.name) where = where ? `${where}, ${l.admin1}` : l.admin1;
  if (l.country) where = where ? `${where}, ${l.country}` : l.country;
  return where;
}

const FIGURES = [['killed', 'killed'], ['wounded', 'wounded'], ['killedOrWounded', 'killed or wounded'], ['captured', 'captured'], ['perpetratorsKilled', 'attackers killed']] as const;

export function summarize(e: Omit<ClaimEvent, 'summary' | 'id' | 'confidence'>): string {
  let perp = 'Unidentified actor';
  let target: string | undefined;
  for (const a of e.actors) {
    if (a.role === 'perpetrator' && perp === 'Unidentified actor') perp = a.canonical;
    else if ((a.role === 'target' || a.role === 'victim') && target === undefined) target = a.canonical;
  }
  const kind = kindOf(e.type.acledSubEventType ?? 'incident');
  const where = placeOf(e.location);
  const when = e.date.best ?? (e.date.earliest && e.date.latest ? `${e.date.earliest}/${e.date.latest}` : 'date unknown');
  let figures = '';
  for (const [field, label] of FIGURES) {
    const r = range(e.casualties[field]);
    if (r) figures += `${figures ? ', ' : ': '}${label} ${r}`;
  }
  const verb = e.stance === 'claimant' ? 'claims' : 'reported';
  return `${perp} ${kind}${target ? ` against ${target}` : ''}${where ? ` in ${where}` : ''} on ${when} (${verb})${figures}.`;
}
