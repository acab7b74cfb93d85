// First-cut assessment from the engine's own annotations (the assessment issue deepens it):
// signals of the claimant's voice against signals of reporting or research purpose.
import type { Annotation } from '../pipeline/annotations.js';
import type { Assessment, AssessmentSignal, Span } from '../core/types.js';

// No alternative opens with "the" or "a": those would be tried at every article of the text.
const ATTRIBUTION = /\b(?:claimed\s+responsibility|according\s+to|(?:officials?|police|army|spokesman|witnesses|residents)\s+(?:said|told)|said\s+in\s+a\s+statement|could\s+not\s+be\s+(?:independently\s+)?verified|purportedly|reportedly)\b/gi;
const OUTSIDER = /\b(?:Daesh|militants?|(?:extremist|jihadist)\s+group|insurgents|jihadists)\b/gi;
const QUOTED = /["“][^"”\n]{1,80}["”]/g;

function spans(text: string, re: RegExp, limit = 5): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function assess(text: string, annotations: readonly Annotation[]): Assessment {
  const quoted = spans(text, QUOTED, 1000);
  const inQuote = (s: Span) => quoted.some((q) => q.start <= s.start && s.end <= q.end);
  const signals: AssessmentSignal[] = [];
  const counter: AssessmentSignal[] = [];
  const sections = annotations.filter((a) => a.kind === 'section');
  const hijri = annotations.filter((a) => a.kind === 'date' && a.mention.calendar === 'hijri');
  if (sections.length > 0 && hijri.length > 0) signals.push({ code: 'structure.roundup', description: 'region-headed sections of dated claims', weight: 1.2, spans: sections.slice(0, 5).map((s) => (s.kind === 'section' ? s.heading : s.span)) });
  const ingroup = annotations.filter((a) => a.kind === 'actor' && a.ingroup && !inQuote(a.span));
  const selfDesignation = ingroup.filter((a) => a.kind === 'actor' && a.actorKind === 'group');
  const pejoratives = ingroup.filter((a) => a.kind === 'actor' && a.actorKind !== 'group');
  if (selfDesignation.length) signals.push({ code: 'voice.self_designation', description: "the group's self-designation used in the text's own voice", weight: 1.0, spans: selfDesignation.slice(0, 5).map((a) => a.span) });
  if (pejoratives.length) signals.push({ code: 'voice.pejorative', description: 'in-group pejoratives for opponents or victims used as plain nouns', weight: 1.0, spans: pejoratives.slice(0, 5).map((a) => a.span) });
  if (hijri.length >= 2 && sections.length === 0) signals.push({ code: 'structure.hijri_dates', description: 'incidents dated in the Hijri calendar without a year', weight: 0.4, spans: hijri.slice(0, 5).map((a) => a.span) });
  const attribution = spans(text, ATTRIBUTION);
  if (attribution.length) counter.push({ code: 'purpose.attribution', description: 'claims and figures attributed to a source', weight: 1.2, spans: attribution });
  const outsider = spans(text, OUTSIDER);
  if (outsider.length) counter.push({ code: 'purpose.outsider_label', description: "outsiders' labels for the group", weight: 0.8, spans: outsider });
  const dateline = annotations.find((a) => a.kind === 'dateline');
  if (dateline) counter.push({ code: 'purpose.dateline', description: 'a news dateline', weight: 1.0, spans: [dateline.span] });
  const quotedIngroup = annotations.filter((a) => a.kind === 'actor' && a.ingroup && inQuote(a.span));
  if (quotedIngroup.length) counter.push({ code: 'purpose.quoted_vocabulary', description: 'in-group terms inside quotation marks', weight: 0.8, spans: quotedIngroup.slice(0, 5).map((a) => a.span) });

  const sum = signals.reduce((s, x) => s + x.weight, 0) - counter.reduce((s, x) => s + x.weight, 0);
  const score = Math.round((1 / (1 + Math.exp(-(2 * sum - 1.5)))) * 1000) / 1000;
  const hasIncidents = annotations.some((a) => a.kind === 'event');
  const label = score >= 0.5 && signals.length >= 2 ? 'propaganda' : hasIncidents || counter.length > 0 ? 'reporting' : 'other';
  const facts = label === 'propaganda'
    ? `Automated rules found ${signals.length} signals of the claimant's own voice (${signals.map((s) => s.code).join(', ')}) and ${counter.length} signals of reporting purpose.`
    : `Automated rules found ${signals.length} signals of the claimant's own voice and ${counter.length} signals of reporting or research purpose (${counter.map((s) => s.code).join(', ') || 'none'}).`;
  return {
    label,
    score,
    signals,
    counterSignals: counter,
    statementOfReasons: {
      facts,
      automatedDetection: true,
      automatedDecision: false,
      ground: label === 'propaganda' ? 'Regulation (EU) 2021/784 art. 2(7) (terrorist content); for review by a person' : 'no restriction proposed',
      redress: 'The uploader may ask for human review of this assessment and use the platform complaint procedure, out-of-court dispute settlement (DSA art. 21) or a court.',
    },
  };
}
