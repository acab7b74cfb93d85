// A neutral one-line summary built only from canonical values, never from the document's wording.
import type { ClaimEvent, Quantity } from '../../core/types.js';

const range = (q: Quantity | null): string | null => {
  if (!q) return null;
  if (q.best === null) return 'unspecified';
  if (q.low === q.high) return String(q.best);
  return `${q.best} (${q.low ?? '?'}–${q.high ?? 'open'})`;
};

export function summarize(e: Omit<ClaimEvent, 'summary' | 'id' | 'confidence'>): string {
  const perp = e.actors.find((a) => a.role === 'perpetrator')?.canonical ?? 'Unidentified actor';
  const target = e.actors.find((a) => a.role === 'target' || a.role === 'victim')?.canonical;
  const sub = e.type.acledSubEventType ?? 'incident';
  const kind = /^[A-Z][a-z]/.test(sub) ? sub[0].toLowerCase() + sub.slice(1) : sub;
  const where = [e.location.name, e.location.admin1 && e.location.admin1 !== e.location.name ? e.location.admin1 : null, e.location.country].filter(Boolean).join(', ');
  const when = e.date.best ?? (e.date.earliest && e.date.latest ? `${e.date.earliest}/${e.date.latest}` : 'date unknown');
  const c = e.casualties;
  const figures: string[] = [];
  for (const [label, q] of [['killed', c.killed], ['wounded', c.wounded], ['killed or wounded', c.killedOrWounded], ['captured', c.captured], ['attackers killed', c.perpetratorsKilled]] as const) {
    const r = range(q);
    if (r) figures.push(`${label} ${r}`);
  }
  const verb = e.stance === 'claimant' ? 'claims' : 'reported';
  return `${perp} ${kind}${target ? ` against ${target}` : ''}${where ? ` in ${where}` : ''} on ${when} (${verb})${figures.length ? `: ${figures.join(', ')}` : ''}.`;
}
