// Date phrases as written: Hijri day-month (any romanisation), Gregorian, and relative phrases.
import type { Annotation, DateMention } from '../../pipeline/annotations.js';
import type { Stage, StageInput } from '../../pipeline/stage.js';
import { alternation, apostropheTolerantTerm, escapeRegex, loadTsv } from '../../lexicon/load.js';
import { OverlapGuard } from '../../core/overlap.js';
import { sortByStart } from '../../core/sort-by-start.js';
import { findTriggered, type TriggerRule } from '../../core/triggered.js';
import { currentWords, phraseKeys, tokenize, type Tokens } from '../../core/tokens.js';
import { ID_MASK, isDigitWord, registerWord, wordTable } from '../../core/words.js';
import { foldName } from '../../geo/fold.js';
import { isAsciiDigit, isSpace } from '../../core/chars.js';
import { findAtFourDigitTokens } from './iso-dates.js';
import { digitLedFinder, type DigitLedRules } from './digit-led.js';

const STAGE = 'date-mentions';

interface Reader {
  name: string;
  read(m: RegExpExecArray): DateMention | null;
}

// Each rule is set off by a trigger word (a month name, a weekday, "yesterday", "days" …) and may
// start a few tokens before it (core/triggered.ts): no scan of the whole text per rule.
interface TriggeredRule extends TriggerRule, Reader {}

/** A rule that finds its matches itself, instead of the trigger pass. */
interface ScannedRule extends Reader {
  scan(text: string, tokens: Tokens): RegExpExecArray[];
}

type Rule = TriggeredRule | ScannedRule;

const isScanned = (r: Rule): r is ScannedRule => 'scan' in r;

function monthTable(file: string): { lookup(s: string): number | undefined; firstKeys: string[]; groups: Map<string, string[]> } {
  const rows = loadTsv(file, ['month', 'variant']);
  const byFolded = new Map(rows.map((r) => [foldMonth(r.variant), Number(r.month)]));
  const groups = new Map<string, string[]>();
  for (const r of rows) {
    const k = phraseKeys(r.variant).find((x) => !ARTICLES.has(x));
    if (k) groups.set(k, [...(groups.get(k) ?? []), r.variant]);
  }
  // Documents repeat their month spellings: each is folded once.
  const bySpelling = new Map<string, number | undefined>();
  const lookup = (s: string): number | undefined => {
    const hit = bySpelling.get(s);
    if (hit !== undefined || bySpelling.has(s)) return hit;
    const month = byFolded.get(foldMonth(s));
    if (bySpelling.size > 10_000) bySpelling.clear();
    bySpelling.set(s, month);
    return month;
  };
  return {
    lookup,
    // Trigger on the month's own word, not on an article before it ("al" is everywhere).
    firstKeys: [...groups.keys()],
    groups,
  };
}

function foldMonth(s: string): string {
  return foldName(s).replace(/[\s.]/g, '');
}

const ARTICLES = new Set(['al', 'el', 'ul', 'the']);
/** How many tokens before its month word "the twenty-first day of al-Muharram" may open. */
const ORDINAL_REACH = 7;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SMALL = new Map([['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);

/** The rules, the Hijri day-month rules the digit-led finder runs, and the gates of the month words' other rules. */
interface BuiltRules { rules: Rule[]; dayMonth: DigitLedRules; monthWordGated: MonthWordGates }

function buildRules(): BuiltRules {
  const hijri = monthTable('hijri-months.tsv');
  const greg = monthTable('gregorian-months.tsv');
  const G = `(${alternation([...greg.groups.values()].flat(), apostropheTolerantTerm)})`;
  const ORD = '(?:st|nd|rd|th)?';
  const ordinals = new Map(loadTsv('ordinal-words.tsv', ['word', 'value']).map((r) => [r.word.toLowerCase(), Number(r.value)]));
  const ORDWORD = `(${alternation([...ordinals.keys()], escapeRegex)})`;
  // A day in digits is read as a number without the ordinal words' look-up (none opens with a digit).
  const ordinalsOpenWithDigits = [...ordinals.keys()].some((w) => isAsciiDigit(w.charCodeAt(0)));
  const day = (s: string) => {
    const d = !ordinalsOpenWithDigits && isAsciiDigit(s.charCodeAt(0)) ? Number(s) : ordinals.get(s.toLowerCase()) ?? Number(s);
    return d >= 1 && d <= 31 ? d : null;
  };
  const HYEAR = '(?:,?\\s+(1[3-5]\\d\\d)(?:\\s*(?:AH|A\\.H\\.|H)\\b)?)?';
  const withYear = (mention: DateMention | null, y: string | undefined): DateMention | null =>
    mention && mention.calendar === 'hijri' && y ? { ...mention, year: Number(y) } : mention;
  const hijriRead = (d: string, mo: string): DateMention | null => {
    const dd = day(d); const mm = hijri.lookup(mo);
    return dd && mm && dd <= 30 ? { calendar: 'hijri', month: mm, day: dd } : null;
  };
  const gregRead = (d: string, mo: string, y: string | undefined): DateMention | null => {
    const dd = day(d); const mm = greg.lookup(mo.replace(/\.$/, ''));
    return dd && mm ? { calendar: 'gregorian', month: mm, day: dd, year: y ? Number(y) : null } : null;
  };
  const set = (...w: string[]) => new Set(w);
  const rule = (name: string, src: string | RegExp, flags: string, triggers: readonly string[], lookback: number, starts: ReadonlySet<string> | undefined, read: Reader['read']): TriggeredRule =>
    ({ name, sticky: new RegExp(typeof src === 'string' ? src : src.source, flags), triggers, lookback, ...(starts ? { starts } : {}), read });
  const the = set('the');
  const ordinalFirstKeys = new Set([...ordinals.keys()].map((w) => phraseKeys(w)[0]));
  const ordinalGate = theOrdinalGate(ordinalFirstKeys, ORDINAL_REACH);
  const dayReach = Math.max(...[...hijri.groups.values()].flat().map(tokensToDay));
  const monthDayGate = (tokens: Tokens, i: number, text: string): boolean => numberWithin(tokens, i, dayReach) && digitAfterMonthWords(text, tokens.start[i]);
  const hijriGroups = [...hijri.groups].map(([key, variants]) => [key, `(${alternation(variants, apostropheTolerantTerm)})`] as const);
  const dayMonth: DigitLedRules = {
    keys: hijriGroups.map(([key]) => key),
    patterns: hijriGroups.map(([, h]) => new RegExp(`\\b(\\d{1,2})${ORD}\\s+(?:day\\s+)?(?:of\\s+)?(?:the\\s+month\\s+of\\s+)?${h}(?![\\p{L}])${HYEAR}`, 'iuy')),
    lookback: 7,
  };
  const rules: Rule[] = [
    // One pattern per month word: each tries only the spellings its trigger can begin.
    // A day before the month opens with its digits: only numbers start it, and the nearest one before its month word.
    {
      name: 'hijri-day-month',
      read: (m) => withYear(hijriRead(m[1], m[2]), m[3]),
      scan: digitLedFinder(dayMonth),
    },
    ...hijriGroups.map(([key, h]) => ({
      ...rule('hijri-ordinal-word', `\\bthe\\s+${ORDWORD}\\s+(?:day\\s+)?of\\s+${h}(?![\\p{L}])${HYEAR}`, 'iuy', [key], ORDINAL_REACH, the, (m) => withYear(hijriRead(m[1], m[2]), m[3])),
      second: ordinalFirstKeys,
      startsBefore: true,
      // Month words are common and this pattern rare: its starts are looked for before its trigger pass tries them.
      gate: ordinalGate,
    })),
    ...hijriGroups.map(([key, h]) => ({
      ...rule('hijri-month-day', `${h}\\s+(\\d{1,2})${ORD}\\b(?![,.]?\\s*\\d)`, 'iuy', [key], 1, ARTICLES, (m) => hijriRead(m[2], m[1])),
      gate: monthDayGate,
    })),
    { ...rule('gregorian-day-month', `\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${G}\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, 'uy', greg.firstKeys, 3, undefined, (m) => gregRead(m[1], m[2], m[3])), startsBefore: true },
    rule('gregorian-month-day', `\\b${G}\\.?\\s+(\\d{1,2})${ORD}\\b(?![:\\d])(?:,?\\s+(\\d{4})\\b)?`, 'uy', greg.firstKeys, 0, undefined, (m) => gregRead(m[2], m[1], m[3])),
    {
      name: 'iso',
      read: (m) => {
        const [year, month, dd] = [Number(m[1]), Number(m[2]), Number(m[3])];
        return month >= 1 && month <= 12 && dd >= 1 && dd <= 31 ? { calendar: 'gregorian', year, month, day: dd } : null;
      },
      // A trigger on every number would make the trigger pass read every token's key.
      scan: (text, tokens) => findAtFourDigitTokens(text, tokens, ISO),
    },
    rule('yesterday', /\b(?:the\s+day\s+before\s+)?yesterday\b/, 'iy', ['yesterday'], 3, the,
      (m) => ({ calendar: 'relative', relative: { kind: 'published-offset', days: /before/i.test(m[0]) ? -2 : -1 } })),
    rule('today', /\b(?:earlier\s+)?today\b|\bthis\s+(?:morning|afternoon|evening)\b/, 'iy', ['today', 'this'], 1, set('earlier'),
      () => ({ calendar: 'relative', relative: { kind: 'published-offset', days: 0 } })),
    rule('weekday', /\b(?:(last|this\s+past)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b(?!\s+(?:schools?|Times|Telegraph)\b)/, 'iy', WEEKDAYS, 2, set('last', 'this'),
      (m) => ({ calendar: 'relative', relative: { kind: 'weekday', weekday: WEEKDAYS.indexOf(m[2].toLowerCase()), strictlyBefore: Boolean(m[1]) } })),
    // These open with a word before their trigger ("during", "the", a count): never at the trigger.
    { ...rule('following-days', /\b(?:during|over|in)\s+(?:the\s+course\s+of\s+)?the\s+(?:following|next|subsequent|ensuing)\s+(?:few\s+)?days\b/, 'iy', ['days'], 8, set('during', 'over', 'in'),
      () => ({ calendar: 'relative', relative: { kind: 'previous-range', from: 1, to: 7 } })), startsBefore: true },
    { ...rule('following-day', /\b(?:the\s+(?:following|next)\s+day|the\s+day\s+after|a\s+day\s+later|the\s+next\s+morning)\b/, 'iy', ['day', 'later', 'morning', 'after'], 3, set('the', 'a'),
      () => ({ calendar: 'relative', relative: { kind: 'previous-offset', days: 1 } })), startsBefore: true },
    { ...rule('n-days-after', /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+(?:after|later|following)\b/, 'iy', ['days', 'day'], 1, new Set(SMALL.keys()),
      (m) => ({ calendar: 'relative', relative: { kind: 'previous-offset', days: SMALL.get(m[1].toLowerCase()) ?? Number(m[1]) } })), startsBefore: true },
    { ...rule('same-day', /\b(?:on\s+)?the\s+same\s+day\b/, 'iy', ['same'], 2, set('on', 'the'),
      () => ({ calendar: 'relative', relative: { kind: 'previous-offset', days: 0 } })), startsBefore: true },
  ];
  return { rules, dayMonth, monthWordGated: monthWordGates(dayMonth.keys, [ordinalGate, monthDayGate]) };
}

/**
 * The gates of the rules set off by month words (the ordinal-word and month-day rules), asked at
 * each month word of a text at once: where no gate passes, those rules find nothing there, and
 * the trigger pass can run without them (it would only call their gates at every month word).
 */
interface MonthWordGates {
  readonly gates: readonly Gate[];
  anyPasses(text: string, tokens: Tokens): boolean;
}

type Gate = (tokens: Tokens, i: number, text: string) => boolean;

function monthWordGates(keys: readonly string[], gates: readonly [Gate, Gate]): MonthWordGates {
  const isMonthWord = wordTable(keys, true);
  const [first, second] = gates;
  return {
    gates,
    anyPasses(text, tokens) {
      const { word, listed } = currentWords(tokens);
      for (let l = 0; l < listed.length; l++) {
        const i = listed[l];
        if (isMonthWord[word[i] & ID_MASK] === 1 && (first(tokens, i, text) || second(tokens, i, text))) return true;
      }
      return false;
    },
  };
}

/** A gate: whether a token "the" followed by one of `ordinals` opens within `lookback` tokens before token i (read by word ids). */
export function theOrdinalGate(ordinals: ReadonlySet<string>, lookback: number): (tokens: Tokens, i: number) => boolean {
  const the = registerWord('the');
  const table = wordTable(ordinals);
  return (tokens, i) => {
    const { word } = currentWords(tokens);
    for (let j = Math.max(0, i - lookback); j < i; j++) if ((word[j] & ID_MASK) === the && table[word[j + 1] & ID_MASK] === 1) return true;
    return false;
  };
}

// A Hijri month written before its day is made of letters (with marks), apostrophes, spaces and
// dashes, then spaces and the day's digits: from the month's word on, the first other character is
// that digit, after a space. The gate reads that, so the costly apostrophe-tolerant pattern runs only there.
const MONTH_CHAR = /[\p{L}\p{M}'’‘ʿʻ`\s\-‐–]/u;

// Whether a UTF-16 code unit is a month character: 1 yes, 2 no, 0 not asked of MONTH_CHAR yet.
const MONTH_UNIT = new Uint8Array(0x10000);

export function isMonthChar(c: number): boolean {
  let v = MONTH_UNIT[c];
  if (v === 0) MONTH_UNIT[c] = v = MONTH_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/**
 * How many tokens after a spelling's month word its day may come, written after it: the spelling's
 * other words (split at its spaces and dashes, and at an "'s" ending a word, where an apostrophe may
 * stand after any letter), then the day.
 */
export const tokensToDay = (spelling: string): number => (spelling.match(/[\s\-]|s/gi)?.length ?? 0) + 1;

/** Whether one of the `reach` tokens after token i is a number. */
export function numberWithin(tokens: Tokens, i: number, reach: number): boolean {
  const { word, count } = currentWords(tokens);
  for (let k = i + 1; k <= i + reach && k < count; k++) if (isDigitWord(word[k])) return true;
  return false;
}

/** Whether the text from `from` runs over month characters to a digit that follows a space. */
export function digitAfterMonthWords(text: string, from: number): boolean {
  let p = from;
  while (p < text.length && isMonthChar(text.charCodeAt(p))) p++;
  return p > from && isAsciiDigit(text.charCodeAt(p)) && isSpace(text.charCodeAt(p - 1));
}

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/y;

/** Rules for the trigger pass, and the place of each in the stage's list. */
interface TriggerPlan {
  triggered: TriggeredRule[];
  placeOf: number[];
}

interface RuleSet {
  all: Rule[];
  /** The rules the trigger pass finds. */
  allTriggered: TriggerPlan;
  /** The same without the rules of month-word gates (monthWordGated), for texts where none of those gates passes. */
  ungated: TriggerPlan;
  monthWordGated: MonthWordGates;
  /** The places of the rules that scan for themselves. */
  scanned: number[];
  dayMonth: DigitLedRules;
}

let ruleSet: RuleSet | null = null;

/** The Hijri day-month rules, one per month word (for tests). */
export const hijriDayMonthRules = (): DigitLedRules => (ruleSet ??= ruleSetOf(buildRules())).dayMonth;

/** The patterns of the trigger rules and of the Hijri day-month rules, which run as twins on plain texts (for tests). */
export function datePatterns(): RegExp[] {
  const { allTriggered, dayMonth } = (ruleSet ??= ruleSetOf(buildRules()));
  return [...allTriggered.triggered.map((r) => r.sticky), ...dayMonth.patterns];
}

function ruleSetOf({ rules: all, dayMonth, monthWordGated }: BuiltRules): RuleSet {
  const places = all.map((_, i) => i);
  const planOf = (keep: (r: TriggeredRule) => boolean): TriggerPlan => {
    const placeOf = places.filter((i) => !isScanned(all[i]) && keep(all[i] as TriggeredRule));
    return { triggered: placeOf.map((i) => all[i] as TriggeredRule), placeOf };
  };
  return {
    all,
    dayMonth,
    allTriggered: planOf(() => true),
    ungated: planOf((r) => r.gate === undefined || !monthWordGated.gates.includes(r.gate)),
    monthWordGated,
    scanned: places.filter((i) => isScanned(all[i])),
  };
}

type DateAnnotation = Extract<Annotation, { kind: 'date' }>;

/** Adds the match if it reads as a date, unless it overlaps one the guard holds (earlier rules win overlaps). */
function take(found: DateAnnotation[], guard: OverlapGuard | null, rule: Reader, m: RegExpExecArray): void {
  const mention = rule.read(m);
  if (!mention) return;
  const start = m.index;
  const end = m.index + m[0].length;
  if (guard) {
    if (!guard.isFree(start, end)) return;
    guard.take(start, end);
  }
  found.push({ kind: 'date', span: { start, end }, mention, stage: STAGE, rule: rule.name });
}

export function findDateMentions(text: string, tokens: Tokens = tokenize(text)): { start: number; end: number; rule: string; mention: DateMention }[] {
  return dateAnnotations(text, tokens).map((a) => ({ start: a.span.start, end: a.span.end, rule: a.rule, mention: a.mention }));
}

/** The date annotations of the text, in order of start. */
function dateAnnotations(text: string, tokens: Tokens): DateAnnotation[] {
  // Overlapping matches are rare (none in the bench corpus): every match is taken, and only when
  // two overlap are they taken again one by one, in rule order, through the guard.
  const found = sortByStart(ruleMatches(text, tokens, null));
  return overlapFree(found) ? found : guardedDateAnnotations(text, tokens);
}

/** The date annotations of the text, in order of start, each match taken in rule order unless it overlaps one taken before. */
export function guardedDateAnnotations(text: string, tokens: Tokens): DateAnnotation[] {
  return sortByStart(ruleMatches(text, tokens, new OverlapGuard()));
}

/** Whether no two annotations of a list sorted by start overlap (touching is no overlap). */
function overlapFree(sorted: readonly DateAnnotation[]): boolean {
  for (let k = 1; k < sorted.length; k++) if (sorted[k].span.start < sorted[k - 1].span.end) return false;
  return true;
}

/** The rules' matches that read as dates, in rule order (then by start); with a guard, those free of the matches taken before. */
function ruleMatches(text: string, tokens: Tokens, guard: OverlapGuard | null): DateAnnotation[] {
  const { all, allTriggered, ungated, monthWordGated, scanned } = (ruleSet ??= ruleSetOf(buildRules()));
  // The guarded path, rare, keeps every rule: it is the reference the tests compare the other with.
  const { triggered, placeOf } = guard !== null || monthWordGated.anyPasses(text, tokens) ? allTriggered : ungated;
  const found: DateAnnotation[] = [];
  // A scanned rule's matches come where the rule is listed.
  let s = 0;
  for (const { rule: r, match: m } of findTriggered(text, tokens, triggered)) {
    for (; s < scanned.length && scanned[s] < placeOf[r]; s++) takeScanned(found, guard, all[scanned[s]] as ScannedRule, text, tokens);
    take(found, guard, all[placeOf[r]], m);
  }
  for (; s < scanned.length; s++) takeScanned(found, guard, all[scanned[s]] as ScannedRule, text, tokens);
  return found;
}

function takeScanned(found: DateAnnotation[], guard: OverlapGuard | null, rule: ScannedRule, text: string, tokens: Tokens): void {
  for (const m of rule.scan(text, tokens)) take(found, guard, rule, m);
}

export const dateMentionsStage: Stage = {
  name: STAGE,
  version: 2,
  kind: 'extractor',
  requires: [],
  provides: ['date'],
  run({ doc, tokens }: StageInput): Annotation[] {
    return dateAnnotations(doc.text, tokens());
  },
};

