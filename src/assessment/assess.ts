// The assessment judges a text's voice and purpose, not its topic: signals of the group's own voice
// (self-designation, pejoratives as plain nouns, glorification, "our brother", threats, the roundup
// form) against signals of reporting or research (attribution, outsiders' labels, datelines,
// quotation, hedging, analysis, citations). Weights per signal: lexicon/assessment-signals.tsv;
// the score's calibration: lexicon/assessment-calibration.tsv (scripts/calibrate-assessment.ts).
import type { Annotation } from '../pipeline/annotations.js';
import type { Assessment, AssessmentSignal, Span } from '../core/types.js';
import { loadTsv } from '../lexicon/load.js';
import { insideQuote, quotedSpans } from './quotes.js';
import { isMentioned } from './mention.js';

export interface AssessmentOptions {
  /** Score at or above which a text with enough voice signals is labelled propaganda. */
  readonly threshold: number;
  /** Score at or above which a person should look, whatever the label. */
  readonly reviewThreshold: number;
}

export const DEFAULT_ASSESSMENT: AssessmentOptions = Object.freeze({ threshold: 0.5, reviewThreshold: 0.3 });

/** A propaganda label needs this many distinct voice signals (issue 4: every label is explained). */
export const MIN_VOICE_SIGNALS = 3;
const MAX_SPANS = 5;
// Repeats of one signal add a little, up to this many times its weight.
const REPEAT_BONUS = 0.15;
const REPEAT_CAP = 1.6;

interface SignalDef { side: 'voice' | 'purpose'; weight: number; description: string; short: string }
let defs: Map<string, SignalDef> | null = null;
let calibration: { voice: number; purpose: number; bias: number } | null = null;

function signalDefs(): Map<string, SignalDef> {
  defs ??= new Map(loadTsv('assessment-signals.tsv', ['code', 'side', 'weight', 'description', 'short']).map((r) => [r.code, { side: r.side as SignalDef['side'], weight: Number(r.weight), description: r.description, short: r.short }]));
  return defs;
}

export function assessmentCalibration(): { voice: number; purpose: number; bias: number } {
  if (!calibration) {
    const p = new Map(loadTsv('assessment-calibration.tsv', ['param', 'value']).map((r) => [r.param, Number(r.value)]));
    calibration = { voice: p.get('voice') ?? 2, purpose: p.get('purpose') ?? 2, bias: p.get('bias') ?? -2 };
  }
  return calibration;
}

// A province heading in the group's own form ("Sinai Wilayah", "Wilayat Halab").
const WILAYAH = /\bwilaya[ht]?\b/i;
// Headers and formulas of the group's media are no vocabulary to be mentioned: only quotation makes them someone else's.
const HEADER_FORMS = new Set(['voice.own_media', 'voice.own_agency', 'voice.agency_formula']);
// Any of these means the text gives a source or stands outside the claim.
const UNSOURCED_BREAKERS = new Set(['purpose.attribution', 'purpose.hedging', 'purpose.dateline', 'purpose.outsider_label', 'purpose.byline', 'purpose.citation', 'purpose.analytic', 'purpose.quoted_vocabulary']);

const PLACE_BEFORE_DATE = /^[ \t]*\p{Lu}[\p{L}'’ .-]{1,30},[ \t]*$/u;
const DASH_AFTER_DATE = /^[ \t]*[-–—]/;

/** Whether a comma, then only spaces or tabs, precede `at`: what PLACE_BEFORE_DATE ends with. */
function commaBefore(text: string, at: number): boolean {
  let p = at;
  while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  return p > 0 && text.charCodeAt(p - 1) === 44;
}

/** "Baghdad, 21 Dhu al-Qa'dah -": a line opening with a place, the Hijri date and a dash. */
function hijriDateline(text: string, date: Span): Span | null {
  if (!commaBefore(text, date.start)) return null;
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  const place = text.slice(lineStart, date.start);
  if (!PLACE_BEFORE_DATE.test(place)) return null;
  const after = DASH_AFTER_DATE.exec(text.slice(date.end, date.end + 4));
  return after ? { start: lineStart + place.length - place.trimStart().length, end: date.end + after[0].length } : null;
}

/** The signals that fired, by code, with their spans (at most MAX_SPANS shown, all counted). */
export function collectSignals(text: string, annotations: readonly Annotation[]): Map<string, Span[]> {
  return readSignals(text, annotations).found;
}

interface Reading {
  found: Map<string, Span[]>;
  /** An incident or an actor is among the annotations. */
  incidentOrActor: boolean;
}

// One pass over all the document's annotations, in their order (which orders the signals and
// their spans); a switch reads each annotation's kind once.
function readSignals(text: string, annotations: readonly Annotation[]): Reading {
  const quoted = quotedSpans(text);
  const inQuote = (s: Span) => insideQuote(quoted, s);
  const mentioned = (s: Span) => isMentioned(text, s);
  const found = new Map<string, Span[]>();
  const add = (code: string, span: Span) => {
    const list = found.get(code);
    if (list) list.push(span);
    else found.set(code, [span]);
  };
  let sections = 0;
  const hijri: Span[] = [];
  let incident: Span | null = null;
  let incidentOrActor = false;
  for (let i = 0; i < annotations.length; i++) {
    const a = annotations[i];
    switch (a.kind) {
      case 'event':
        incidentOrActor = true;
        incident ??= a.span;
        break;
      case 'section':
        sections++;
        add('structure.roundup', a.heading);
        // A heading in the group's own province name ("Sinai Wilayah", not "Egypt") is its geography, dated or not.
        if (a.region.kind === 'province' && WILAYAH.test(text.slice(a.heading.start, a.heading.end))) add('voice.province_name', a.heading);
        break;
      case 'date':
        if (a.mention.calendar === 'hijri' && !inQuote(a.span)) {
          hijri.push(a.span);
          const dateline = hijriDateline(text, a.span);
          if (dateline) add('voice.hijri_dateline', dateline);
        }
        break;
      case 'dateline':
        add('purpose.dateline', a.span);
        break;
      case 'actor':
        incidentOrActor = true;
        if (!a.ingroup) break;
        if (inQuote(a.span) || mentioned(a.span)) add('purpose.quoted_vocabulary', a.span);
        else add(a.actorKind === 'group' || a.actorKind === 'attacker' ? 'voice.self_designation' : 'voice.pejorative', a.span);
        break;
      case 'assessment-cue':
        // The group's words inside quotation marks are someone quoting them.
        if (a.code.startsWith('voice.') && (inQuote(a.span) || (!HEADER_FORMS.has(a.code) && mentioned(a.span)))) add('purpose.quoted_vocabulary', a.span);
        else add(a.code, a.span);
        break;
    }
  }
  // Region headings make a roundup only over dated claims.
  if (sections > 0 && hijri.length === 0) found.delete('structure.roundup');
  if (hijri.length > 0 && sections === 0) for (const h of hijri) add('structure.hijri_dates', h);
  // Attacks asserted with no source at all: the voice of the one who carried them out.
  if (incident && !sourcedIn(found)) add('voice.unattributed_claim', incident);
  return { found, incidentOrActor };
}

function sourcedIn(found: ReadonlyMap<string, Span[]>): boolean {
  for (const code of found.keys()) if (UNSOURCED_BREAKERS.has(code)) return true;
  return false;
}

function weigh(code: string, count: number): number {
  return weighDef(signalDefs().get(code), count);
}

function weighDef(def: SignalDef | undefined, count: number): number {
  return def ? def.weight * Math.min(REPEAT_CAP, 1 + REPEAT_BONUS * (count - 1)) : 0;
}

/** The voice and purpose totals the score is computed from, from each signal's code and count. */
export function features(fired: Iterable<{ code: string; count: number }>): { voice: number; purpose: number } {
  let voice = 0;
  let purpose = 0;
  for (const { code, count } of fired) {
    const w = weigh(code, count);
    if (signalDefs().get(code)?.side === 'voice') voice += w;
    else purpose += w;
  }
  return { voice, purpose };
}

export function scoreOf(f: { voice: number; purpose: number }): number {
  const c = assessmentCalibration();
  return 1 / (1 + Math.exp(-(c.voice * f.voice - c.purpose * f.purpose + c.bias)));
}

export function assess(text: string, annotations: readonly Annotation[], options: AssessmentOptions = DEFAULT_ASSESSMENT): Assessment {
  const { found, incidentOrActor } = readSignals(text, annotations);
  const signals: AssessmentSignal[] = [];
  const counter: AssessmentSignal[] = [];
  // The totals as features() adds them, in the same order.
  const f = { voice: 0, purpose: 0 };
  for (const [code, spans] of found) {
    const def = signalDefs().get(code);
    const w = weighDef(def, spans.length);
    if (def?.side === 'voice') f.voice += w;
    else f.purpose += w;
    if (!def) continue;
    // The spans are this call's own list: shown as they are when there are few enough.
    const s: AssessmentSignal = { code, description: def.description, weight: Math.round(w * 100) / 100, count: spans.length, spans: spans.length > MAX_SPANS ? spans.slice(0, MAX_SPANS) : spans };
    (def.side === 'voice' ? signals : counter).push(s);
  }
  signals.sort((a, b) => b.weight - a.weight);
  counter.sort((a, b) => b.weight - a.weight);
  const raw = scoreOf(f);
  const score = Math.round(raw * 1000) / 1000;
  // "About" the group or its violence: incidents, a group named, its vocabulary used or quoted, or outsiders' labels for it.
  const about = incidentOrActor
    || found.has('voice.self_designation') || found.has('voice.pejorative')
    || counter.some((c) => c.code === 'purpose.outsider_label' || c.code === 'purpose.quoted_vocabulary');
  const label = raw >= options.threshold && signals.length >= MIN_VOICE_SIGNALS ? 'propaganda' : about ? 'reporting' : 'other';
  const review = label === 'propaganda' || raw >= options.reviewThreshold;
  return {
    label,
    score,
    signals,
    counterSignals: counter,
    recommendedAction: review ? 'review' : 'none',
    statementOfReasons: statement(label, score, signals, counter, options, review),
  };
}

function listed(list: readonly AssessmentSignal[]): string {
  return list.map((s) => `${signalDefs().get(s.code)?.short ?? s.code} (${s.count}×)`).join('; ');
}

function statement(label: Assessment['label'], score: number, signals: readonly AssessmentSignal[], counter: readonly AssessmentSignal[], o: AssessmentOptions, review: boolean): Assessment['statementOfReasons'] {
  const voice = signals.length ? `It speaks in the group's own voice: ${listed(signals)}.` : "It shows no sign of the group's own voice.";
  const purpose = counter.length ? `It shows signs of reporting or research: ${listed(counter)}.` : 'It shows no sign of reporting or research (no attribution, quotation, dateline, hedging or analysis).';
  // Voice without enough distinct signals for a label, and nothing of reporting: say so, not "reporting".
  const unlabelledVoice = label !== 'propaganda' && review && signals.length > 0 && counter.length === 0;
  const verdict = label === 'propaganda'
    ? `Assessed as the group's own publication (propaganda), score ${score} against a threshold of ${o.threshold}, on ${signals.length} distinct signals.`
    : unlabelledVoice
      ? `Not labelled propaganda: ${signals.length} distinct ${signals.length === 1 ? 'signal' : 'signals'} of the group's own voice where ${MIN_VOICE_SIGNALS} are needed for that label, and no sign of reporting or research; at a score of ${score} (review threshold ${o.reviewThreshold}) a person should look at it.`
    : label === 'reporting'
      ? `Assessed as reporting or research about the group or its violence, not its own publication (score ${score}, threshold ${o.threshold}).`
      : `Assessed as unrelated to the group or its violence (score ${score}).`;
  return {
    facts: `${verdict} ${voice} ${purpose} Each signal points at the characters that state it. An automated rule set made this assessment; a person decides.`,
    automatedDetection: true,
    automatedDecision: false,
    proposedAction: review ? 'review by a person before any restriction' : 'no action',
    ground: label === 'propaganda'
      ? 'Regulation (EU) 2021/784 art. 2(7) (terrorist content), subject to review by a person; journalistic, research and counter-speech purposes are exempt under art. 1(3)'
      : 'no restriction proposed; material disseminated for journalistic, research or counter-speech purposes is exempt under Regulation (EU) 2021/784 art. 1(3)',
    redress: 'The uploader may ask for human review of this assessment and use the platform complaint procedure, out-of-court dispute settlement (DSA art. 21) or a court.',
  };
}
