// Precision/recall per field: detection by anchor inside the predicted incident, then slot filling.
import type { AnalysisResult, ClaimEvent, CasualtyField, Quantity } from '../core/types.js';
import type { GoldDocument, GoldEvent, GoldQuantity } from './gold.js';

export const CASUALTY_FIELDS: CasualtyField[] = ['killed', 'wounded', 'killedOrWounded', 'captured', 'perpetratorsKilled'];
export const FIELDS = ['event', 'date', 'country', 'place', 'type', 'eventType', ...CASUALTY_FIELDS.map((f) => `casualties.${f}`)] as const;
export type Field = (typeof FIELDS)[number];

export interface Tally { predicted: number; gold: number; correct: number }
export interface Mismatch { doc: string; anchor: string; field: Field; gold: unknown; predicted: unknown }

interface Slot { present: boolean; key: string }

function goldSlot(g: GoldEvent, f: Field): Slot {
  switch (f) {
    case 'event': return { present: true, key: 'event' };
    case 'date': return g.date === null ? { present: false, key: '' } : { present: true, key: g.date.best ?? `${g.date.earliest}/${g.date.latest}` };
    case 'country': return { present: g.country !== null, key: String(g.country) };
    case 'place': return { present: g.country !== null, key: `${g.country}|${g.admin1Code ?? '*'}` };
    case 'type': return { present: g.acledSubEventType !== null, key: String(g.acledSubEventType) };
    case 'eventType': return { present: g.acledEventType !== null, key: String(g.acledEventType) };
    default: {
      const q = g.casualties[f.slice('casualties.'.length)] as GoldQuantity | null | undefined;
      return q ? { present: true, key: `${q.low}/${q.best}/${q.high}` } : { present: false, key: '' };
    }
  }
}

function predSlot(e: ClaimEvent, f: Field, goldAdmin1Wildcard: boolean): Slot {
  switch (f) {
    case 'event': return { present: true, key: 'event' };
    case 'date': return e.date.best === null && e.date.earliest === null ? { present: false, key: '' } : { present: true, key: e.date.best ?? `${e.date.earliest}/${e.date.latest}` };
    case 'country': return { present: e.location.country !== null, key: String(e.location.country) };
    case 'place': return { present: e.location.country !== null, key: `${e.location.country}|${goldAdmin1Wildcard ? '*' : e.location.admin1Code ?? '*'}` };
    case 'type': return { present: e.type.acledSubEventType !== null, key: String(e.type.acledSubEventType) };
    case 'eventType': return { present: e.type.acledEventType !== null, key: String(e.type.acledEventType) };
    default: {
      const q = e.casualties[f.slice('casualties.'.length) as CasualtyField] as Quantity | null;
      return q ? { present: true, key: `${q.low}/${q.best}/${q.high}` } : { present: false, key: '' };
    }
  }
}

export function score(docs: readonly GoldDocument[], results: readonly AnalysisResult[]): { tallies: Record<Field, Tally>; mismatches: Mismatch[] } {
  const tallies = Object.fromEntries(FIELDS.map((f) => [f, { predicted: 0, gold: 0, correct: 0 }])) as Record<Field, Tally>;
  const mismatches: Mismatch[] = [];
  docs.forEach((doc, i) => {
    const events = results[i].events;
    const used = new Set<number>();
    const pairs: [GoldEvent, ClaimEvent | null][] = doc.events.map((g) => {
      const at = doc.text.indexOf(g.anchor);
      const mid = at + Math.floor(g.anchor.length / 2);
      const k = events.findIndex((e, j) => !used.has(j) && e.span.start <= mid && mid < e.span.end);
      if (k >= 0) used.add(k);
      return [g, k >= 0 ? events[k] : null];
    });
    for (const f of FIELDS) {
      for (const e of events) if (predSlot(e, f, false).present) tallies[f].predicted++;
      for (const [g, p] of pairs) {
        const gs = goldSlot(g, f);
        if (gs.present) tallies[f].gold++;
        if (!p) { if (f === 'event') mismatches.push({ doc: doc.id, anchor: g.anchor, field: f, gold: 'event', predicted: null }); continue; }
        const ps = predSlot(p, f, g.admin1Code === null);
        if (gs.present && ps.present && gs.key === ps.key) tallies[f].correct++;
        else if (gs.present || ps.present) mismatches.push({ doc: doc.id, anchor: g.anchor, field: f, gold: gs.present ? gs.key : null, predicted: ps.present ? ps.key : null });
      }
    }
    events.forEach((e, j) => { if (!used.has(j)) mismatches.push({ doc: doc.id, anchor: '(unmatched prediction)', field: 'event', gold: null, predicted: e.summary }); });
  });
  return { tallies, mismatches };
}

export function prf(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.predicted ? t.correct / t.predicted : t.gold ? 0 : 1;
  const recall = t.gold ? t.correct / t.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
