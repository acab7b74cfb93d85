// Date phrases as written: Hijri day-month (any romanisation), Gregorian, and relative phrases.
import type { Annotation, DateMention } from '../../pipeline/annotations.js';
import type { Stage, StageInput } from '../../pipeline/stage.js';
import { alternation, apostropheTolerantTerm, escapeRegex, loadTsv } from '../../lexicon/load.js';
import { OverlapGuard } from '../../core/overlap.js';
import { foldName } from '../../geo/fold.js';

const STAGE = 'date-mentions';

// `wordStart`: the match must not continue a word. Checked here rather than with a leading
// Unicode lookbehind, which would run at every position of the text.
interface Rule { name: string; re: RegExp; wordStart?: boolean; read(m: RegExpExecArray): DateMention | null }
const WORD_CHAR = /[\p{L}\p{N}_]/u;

function monthTable(file: string): { source: string; lookup(s: string): number | undefined } {
  const rows = loadTsv(file, ['month', 'variant']);
  const byFolded = new Map(rows.map((r) => [foldMonth(r.variant), Number(r.month)]));
  return { source: alternation(rows.map((r) => r.variant), apostropheTolerantTerm), lookup: (s) => byFolded.get(foldMonth(s)) };
}

function foldMonth(s: string): string {
  return foldName(s).replace(/[\s.]/g, '');
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SMALL = new Map([['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);

function buildRules(): Rule[] {
  const hijri = monthTable('hijri-months.tsv');
  const greg = monthTable('gregorian-months.tsv');
  const H = `(${hijri.source})`;
  const G = `(${greg.source})`;
  const ORD = '(?:st|nd|rd|th)?';
  const ordinals = new Map(loadTsv('ordinal-words.tsv', ['word', 'value']).map((r) => [r.word.toLowerCase(), Number(r.value)]));
  const ORDWORD = `(${alternation([...ordinals.keys()], escapeRegex)})`;
  const day = (s: string) => { const d = ordinals.get(s.toLowerCase()) ?? Number(s); return d >= 1 && d <= 31 ? d : null; };
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
  return [
    { name: 'hijri-day-month', re: new RegExp(`\\b(\\d{1,2})${ORD}\\s+(?:day\\s+)?(?:of\\s+)?(?:the\\s+month\\s+of\\s+)?${H}(?![\\p{L}])${HYEAR}`, 'giu'), read: (m) => withYear(hijriRead(m[1], m[2]), m[3]) },
    { name: 'hijri-ordinal-word', re: new RegExp(`\\bthe\\s+${ORDWORD}\\s+(?:day\\s+)?of\\s+${H}(?![\\p{L}])${HYEAR}`, 'giu'), read: (m) => withYear(hijriRead(m[1], m[2]), m[3]) },
    { name: 'hijri-month-day', wordStart: true, re: new RegExp(`${H}\\s+(\\d{1,2})${ORD}\\b(?![,.]?\\s*\\d)`, 'giu'), read: (m) => hijriRead(m[2], m[1]) },
    { name: 'gregorian-day-month', re: new RegExp(`\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${G}\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, 'gu'), read: (m) => gregRead(m[1], m[2], m[3]) },
    { name: 'gregorian-month-day', re: new RegExp(`\\b${G}\\.?\\s+(\\d{1,2})${ORD}\\b(?![:\\d])(?:,?\\s+(\\d{4})\\b)?`, 'gu'), read: (m) => gregRead(m[2], m[1], m[3]) },
    { name: 'iso', re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => {
      const [year, month, dd] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return month >= 1 && month <= 12 && dd >= 1 && dd <= 31 ? { calendar: 'gregorian', year, month, day: dd } : null;
    } },
    { name: 'yesterday', re: /\b(?:the\s+day\s+before\s+)?yesterday\b/gi, read: (m) => ({ calendar: 'relative', relative: { kind: 'published-offset', days: /before/i.test(m[0]) ? -2 : -1 } }) },
    { name: 'today', re: /\b(?:earlier\s+)?today\b|\bthis\s+(?:morning|afternoon|evening)\b/gi, read: () => ({ calendar: 'relative', relative: { kind: 'published-offset', days: 0 } }) },
    { name: 'weekday', re: /\b(?:(last|this\s+past)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b(?!\s+(?:schools?|Times|Telegraph)\b)/gi,
      read: (m) => ({ calendar: 'relative', relative: { kind: 'weekday', weekday: WEEKDAYS.indexOf(m[2].toLowerCase()), strictlyBefore: Boolean(m[1]) } }) },
    { name: 'following-days', re: /\b(?:during|over|in)\s+(?:the\s+course\s+of\s+)?the\s+(?:following|next|subsequent|ensuing)\s+(?:few\s+)?days\b/gi,
      read: () => ({ calendar: 'relative', relative: { kind: 'previous-range', from: 1, to: 7 } }) },
    { name: 'following-day', re: /\b(?:the\s+(?:following|next)\s+day|the\s+day\s+after|a\s+day\s+later|the\s+next\s+morning)\b/gi,
      read: () => ({ calendar: 'relative', relative: { kind: 'previous-offset', days: 1 } }) },
    { name: 'n-days-after', re: /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+(?:after|later|following)\b/gi,
      read: (m) => ({ calendar: 'relative', relative: { kind: 'previous-offset', days: SMALL.get(m[1].toLowerCase()) ?? Number(m[1]) } }) },
    { name: 'same-day', re: /\b(?:on\s+)?the\s+same\s+day\b/gi, read: () => ({ calendar: 'relative', relative: { kind: 'previous-offset', days: 0 } }) },
  ];
}

let rules: Rule[] | null = null;

export function findDateMentions(text: string): { start: number; end: number; rule: string; mention: DateMention }[] {
  rules ??= buildRules();
  const found: { start: number; end: number; rule: string; mention: DateMention }[] = [];
  const guard = new OverlapGuard(text.length);
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (rule.wordStart && m.index > 0 && WORD_CHAR.test(text[m.index - 1])) { rule.re.lastIndex = m.index + 1; continue; }
      const mention = rule.read(m);
      if (!mention) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (!guard.isFree(start, end)) continue; // earlier rules win overlaps
      guard.take(start, end);
      found.push({ start, end, rule: rule.name, mention });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export const dateMentionsStage: Stage = {
  name: STAGE,
  version: 1,
  kind: 'extractor',
  requires: [],
  provides: ['date'],
  run({ doc }: StageInput): Annotation[] {
    return findDateMentions(doc.text).map((f) => ({ kind: 'date', span: { start: f.start, end: f.end }, mention: f.mention, stage: STAGE, rule: f.rule }));
  },
};

export { escapeRegex };
