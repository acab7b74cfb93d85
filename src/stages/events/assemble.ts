// Builds one ClaimEvent per incident from the annotations inside it, with evidence for every field.
import type { Annotation, AnnotationOf, Cue } from '../../pipeline/annotations.js';
import type { Stage, StageInput } from '../../pipeline/stage.js';
import type { Actor, Casualties, CasualtyField, ClaimEvent, Evidence, EventDate, EventLocation, Quantity, Span, Stance } from '../../core/types.js';
import { resolveDate, type Resolved } from './resolve-date.js';
import { locate } from './locate.js';
import { classify } from './classify.js';
import { summarize } from './summary.js';
import { genreOf } from '../segment/segment.js';
import { containing } from '../../pipeline/run.js';
import { ACTION_VERB } from '../segment/markers.js';
import type { IssueCode } from '../../core/errors.js';

const STAGE = 'assemble';
const FIELDS: CasualtyField[] = ['killed', 'wounded', 'killedOrWounded', 'captured', 'perpetratorsKilled'];
const RESEARCH = /\b(?:researchers?|analysts?|our\s+analysis|this\s+(?:study|report|paper)|dataset|think\s+tank|monitoring\s+group)\b/i;

const inside = (outer: Span, x: Span) => x.start >= outer.start && x.end <= outer.end;

export function stanceOf(input: StageInput): Stance {
  if (genreOf(input) === 'roundup') return 'claimant';
  if (input.of('dateline').length === 0 && RESEARCH.test(input.doc.text)) return 'research';
  return 'independent';
}

function firstTargetKind(text: string, span: Span, targets: readonly AnnotationOf<'actor'>[]): 'armed' | 'civilian' | null {
  const verb = ACTION_VERB.exec(text.slice(span.start, span.end));
  const after = verb ? span.start + verb.index : span.start;
  const t = targets.find((a) => a.span.start >= after) ?? targets[0];
  return t ? (t.actorKind as 'armed' | 'civilian') : null;
}

export const assembleStage: Stage = {
  name: STAGE,
  version: 1,
  kind: 'extractor',
  requires: ['incident', 'section', 'date', 'cue', 'actor', 'casualty', 'materiel', 'territory', 'place', 'claim-statement', 'dateline'],
  provides: ['event', 'issue'],
  run(input: StageInput): Annotation[] {
    const { doc, options, of, within: inSpan } = input;
    const text = doc.text;
    const stance = stanceOf(input);
    const dateline = of('dateline')[0];
    const excluded = of('claim-statement').map((c) => c.span).concat(dateline ? [dateline.span] : []);
    // Claim and background sentences are few; a linear check per annotation stays cheap.
    const usable = (s: Span) => !excluded.some((x) => inside(x, s));
    const datelinePlace = dateline ? of('place').find((p) => inside(dateline.span, p.span)) : undefined;
    const documentCountry = options.gazetteer.countriesIn(text, 0, text.length)[0];
    const groupMention = of('actor').find((a) => a.actorKind === 'group');
    const out: Annotation[] = [];
    let previous: { section: number; date: Resolved['date'] } | null = null;
    let previousPlace: { paragraph: number; location: EventLocation } | null = null;

    of('incident').forEach((inc, n) => {
      const span = inc.span;
      const usableOf = <T extends { span: Span }>(list: readonly T[]) => list.filter((a) => usable(a.span));
      const section = containing(of('section'), span.start);
      const sectionKey = section ? section.span.start : -1;
      const prevDate = previous && previous.section === sectionKey ? previous.date : null;
      const issues: { code: IssueCode; span: Span }[] = [];

      // Date: a phrase in the incident, else one earlier in its paragraph, else inherited.
      const own = usableOf(inSpan('date', span))[0];
      const inPara = own ?? inSpan('date', { start: inc.paragraph.start, end: span.start }).filter((d) => usable(d.span)).pop();
      let date: EventDate;
      let dateEvidence: Span | null = null;
      if (inPara) {
        const r = resolveDate(inPara.mention, options.published, prevDate);
        // A date phrase stated in the paragraph covers every incident in it; only inherited dates are not stated.
        date = { text: text.slice(inPara.span.start, inPara.span.end), ...r.date, stated: true };
        dateEvidence = inPara.span;
        if (r.issue) issues.push({ code: r.issue, span: inPara.span });
      } else if (prevDate) {
        date = { text: '', ...prevDate, stated: false };
      } else {
        date = { text: '', calendar: 'none', earliest: null, latest: null, best: null, precision: 'unknown', stated: false };
        issues.push({ code: 'date.none', span });
      }
      previous = { section: sectionKey, date: { calendar: date.calendar, earliest: date.earliest, latest: date.latest, best: date.best, precision: date.precision } };

      const located = locate({
        text, incident: span, section, places: usableOf(inSpan('place', span)), datelinePlace, documentCountry, gazetteer: options.gazetteer,
      });
      // A follow-up in the same paragraph with no place of its own happened where the first did.
      const samePara = previousPlace && previousPlace.paragraph === inc.paragraph.start && located.location.source !== 'text' ? previousPlace.location : null;
      const location: EventLocation = samePara ? { ...samePara, source: 'inherited', stated: false } : located.location;
      const placeEvidence = samePara ? null : located.evidence;
      if (location.source === 'text') previousPlace = { paragraph: inc.paragraph.start, location };
      if (location.precision === 'unknown') issues.push({ code: 'location.unknown', span });
      else if (location.precision === 'region') issues.push({ code: 'location.ambiguous_region', span: placeEvidence ?? span });

      const adjective = location.country ? options.gazetteer.country(location.country)?.adjective ?? null : null;
      const canonical = (a: AnnotationOf<'actor'>) => a.canonical.replace('{adj} ', adjective ? `${adjective} ` : a.canonical.includes('army') ? 'government ' : '');
      const actorsIn = usableOf(inSpan('actor', span));
      const actors: Actor[] = [];
      const perp = actorsIn.find((a) => a.actorKind === 'group') ?? (stance === 'claimant' ? groupMention : undefined) ?? actorsIn.find((a) => a.actorKind === 'attacker');
      if (perp) actors.push({ role: stance === 'claimant' ? 'claimant' : 'perpetrator', text: text.slice(perp.span.start, perp.span.end), canonical: canonical(perp), span: perp.span });
      if (perp && stance === 'claimant') actors.push({ role: 'perpetrator', text: text.slice(perp.span.start, perp.span.end), canonical: canonical(perp), span: perp.span });
      const targets = actorsIn.filter((a) => a.actorKind === 'armed' || a.actorKind === 'civilian');
      for (const t of targets) {
        const c = canonical(t);
        if (!actors.some((a) => a.canonical === c && a.role === 'target')) actors.push({ role: t.actorKind === 'civilian' ? 'victim' : 'target', text: text.slice(t.span.start, t.span.end), canonical: c, span: t.span });
      }

      const casualties = Object.fromEntries(FIELDS.map((f) => [f, null])) as Casualties;
      const evidence: Evidence[] = [];
      for (const c of usableOf(inSpan('casualty', span))) {
        if (casualties[c.field]) continue;
        const q: Quantity = { ...c.value, text: text.slice(c.number.start, c.number.end), span: c.number };
        casualties[c.field] = q;
        evidence.push({ field: `casualties.${c.field}`, start: c.span.start, end: c.span.end });
      }
      const materiel = usableOf(inSpan('materiel', span)).map((m) => ({ item: m.item, count: m.count, action: m.action, text: text.slice(m.span.start, m.span.end), span: m.span }));
      const terr = usableOf(inSpan('territory', span))[0];
      const territory = terr ? { action: terr.action, places: terr.places, span: terr.span } : null;

      const cues = usableOf(inSpan('cue', span));
      const cueSet = new Set<Cue>(cues.map((c) => c.cue));
      const weapons = new Set(cues.map((c) => c.weapon).filter((w): w is string => w !== null));
      const hasCasualty = FIELDS.some((f) => f !== 'perpetratorsKilled' && f !== 'captured' && casualties[f] !== null);
      const type = classify({
        cues: cueSet, weapons, text: text.slice(span.start, span.end),
        targetKinds: new Set(targets.map((t) => t.actorKind as 'armed' | 'civilian')),
        firstTarget: firstTargetKind(text, span, targets),
        territory: territory?.action === 'lost' ? null : territory?.action ?? null,
        governmentActs: stance !== 'claimant' && actorsIn.some((a) => a.actorKind === 'armed' && (!territory || a.span.start < territory.span.start)),
        captured: casualties.captured !== null,
        killedOrWounded: hasCasualty,
        materielOnly: materiel.length > 0 && !hasCasualty,
      });
      if (type.acledSubEventType === 'Government regains territory') {
        const gov = actors.find((a) => a.role === 'target');
        if (gov) { gov.role = 'perpetrator'; for (const a of actors) if (a !== gov && a.role === 'perpetrator') a.role = 'target'; }
      }

      if (dateEvidence) evidence.push({ field: 'date', start: dateEvidence.start, end: dateEvidence.end });
      if (placeEvidence) evidence.push({ field: 'location', start: placeEvidence.start, end: placeEvidence.end });
      for (const c of cues) evidence.push({ field: 'type', start: c.span.start, end: c.span.end });
      for (const a of actors) evidence.push({ field: `actors.${a.role}`, start: a.span.start, end: a.span.end });
      for (const m of materiel) evidence.push({ field: 'materiel', start: m.span.start, end: m.span.end });
      if (territory) evidence.push({ field: 'territory', start: territory.span.start, end: territory.span.end });
      evidence.sort((a, b) => a.start - b.start || a.field.localeCompare(b.field));

      const body = { span, date, location, type, actors, stance, casualties, materiel, territory, evidence };
      const known = [date.best !== null || date.earliest !== null, location.country !== null, cues.length > 0, hasCasualty || materiel.length > 0 || territory !== null, actors.length > 0];
      const confidence = Math.round((0.3 + 0.13 * known.filter(Boolean).length) * 100) / 100;
      const event: ClaimEvent = { id: `${doc.id}#e${n + 1}`, summary: summarize(body), ...body, confidence };
      out.push({ kind: 'event', span, event, actors, stage: STAGE, rule: inc.rule });
      for (const issue of issues) out.push({ kind: 'issue', code: issue.code, span: issue.span, stage: STAGE, rule: issue.code });
    });
    return out;
  },
};
