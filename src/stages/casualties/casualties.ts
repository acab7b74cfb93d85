// Casualty statements: killed, wounded, combined, captured, perpetrators killed — each with its number span.
import type { Annotation, QuantityValue } from '../../pipeline/annotations.js';
import type { Stage, StageInput } from '../../pipeline/stage.js';
import type { CasualtyField } from '../../core/types.js';
import { parseQuantity, quantityTables } from './quantity.js';
import { OverlapGuard } from '../../core/overlap.js';
import { sortByStart } from '../../core/sort-by-start.js';
import { findTriggered, nextIn, type TriggerRule } from '../../core/triggered.js';
import { tokenize, type Tokens } from '../../core/tokens.js';
import { alternation, loadTsv } from '../../lexicon/load.js';
import { countContextPatterns, passesAfterCount } from './count-context.js';
import { isSpace } from '../../core/chars.js';
import { nounTailEnd, WORD } from './tail.js';
import { attackerKeys, keyNear } from './attacker-near.js';
import { andCountAhead } from './and-count.js';
import { asciiTwinOr } from '../../core/ascii-twin.js';

const STAGE = 'casualties';
const NONE: QuantityValue = { low: null, best: null, high: null };

// Noun classes (lexicon/casualty-nouns.tsv): whose death a figure counts, and what is no person at all.
// Capture verbs also take materiel ("capturing a Humvee", "2,500 rounds"): not people unless a person is named.
const nounPatterns = (cls: string) => loadTsv('casualty-nouns.tsv', ['pattern', 'class']).filter((r) => r.class === cls).map((r) => r.pattern);

function nounClass(cls: string): RegExp {
  return new RegExp(`\\b(?:${nounPatterns(cls).join('|')})\\b`, 'iu');
}

function modifierPattern(): RegExp {
  return new RegExp(`\\b(?:${nounPatterns('non-person').join('|')})\\s+(?=(?:${nounPatterns('person').join('|')})\\b)`, 'giu');
}
let nouns: { attacker: RegExp; person: RegExp; nonPerson: RegExp; spoils: RegExp; modifier: RegExp } | null = null;

/** The noun phrase less words that only qualify the head: hyphenated ones, and a thing before a person ("truck drivers", "tank crews"). */
function withoutModifiers(noun: string): string {
  return noun.replace(/\S*-\S*/g, '').replace(nouns!.modifier, '');
}

// Statements repeat their nouns ("soldiers", "of them"): each noun phrase is classified once per test.
function memoByNoun(test: (noun: string) => boolean): (noun: string) => boolean {
  const byNoun = new Map<string, boolean>();
  return (noun) => {
    let is = byNoun.get(noun);
    if (is === undefined) {
      is = test(noun);
      if (byNoun.size > 10_000) byNoun.clear();
      byNoun.set(noun, is);
    }
    return is;
  };
}

/** The noun phrase names no person at all ("vehicles", "two tank crews" names people). */
const namesNonPerson = memoByNoun((noun) => nouns!.nonPerson.test(withoutModifiers(noun)));
/** What was captured is a thing (materiel, a model, spoils) and no person is named. */
const namesCapturedThing = memoByNoun((noun) => (materielNoun!.test(noun) || MODEL.test(noun) || nouns!.spoils.test(noun)) && !nouns!.person.test(noun));
const namesAttacker = memoByNoun((noun) => nouns!.attacker.test(noun));
const MODEL = /(?:^|\s)(?:\p{Lu}{1,5}-\d+\p{L}*|\d+x\d+|\d+(?:\.\d+)?\s?mm)(?=\s|$)/u;

// Every rule is set off by its verb (core/triggered.ts); rules that open with a number phrase may
// start up to PASSIVE_LOOKBACK tokens before it, at a word that can open a number phrase.
interface Rule extends TriggerRule {
  name: string;
  field: CasualtyField | 'auto-killed';
  /** The match goes on with the noun words after its count (tail.ts TAIL), read by nounTailEnd, not by the pattern. */
  tail?: boolean;
  /** Its count follows its own verb or "and" (see acceptAfterVerb). */
  countAfterVerb?: boolean;
}
const PASSIVE_LOOKBACK = 24;

let rules: Rule[] | null = null;
let materielNoun: RegExp | null = null;

function buildRules(): Rule[] {
  // The context checks run on matches only (see accept): as lookarounds they cost most of the stage.
  const Q = `(?<q>${quantityTables().source})`;
  const { before } = countContextPatterns();
  const beforePlain = asciiTwinOr(before);
  const accept = (m: RegExpExecArray, text: string, plain: boolean): boolean => {
    const q = quantitySpan(m);
    if (!q) return true;
    if (!passesAfterCount(text, q[1], plain)) return false;
    const beforeRe = plain ? beforePlain : before;
    beforeRe.lastIndex = q[0];
    return beforeRe.test(text);
  };
  // A count right after the rule's own verb ("killing 12", "wounding 3", "and 3"): no month, route or
  // year word stands before it, so the before pattern always passes there; only what follows is checked.
  const acceptAfterVerb = (m: RegExpExecArray, text: string, plain: boolean): boolean => {
    const q = quantitySpan(m);
    return !q || passesAfterCount(text, q[1], plain);
  };
  const afterVerb = (rule: Rule): Rule => ({ ...rule, countAfterVerb: true, accept: acceptAfterVerb });
  const SMALL = '(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+)';
  // Who counts as an attacker in "two of the … were killed" (plurals before their stems).
  const ATTACKERS = 'attackers?|militants?|gunm[ae]n|assailants?|insurgents?|bombers?|istishhadiyyin|istishhadis?|inghimasiyyin|inghimasis?|brothers?|perpetrators?';
  // Most 'killed' in a text name no attacker near them: the attacker rule is tried only where one stands (1,660 triggers, 376 hits per 2 MB).
  const attackerNear = keyNear(attackerKeys(ATTACKERS));
  const NOUN = `(?<noun>(?:${WORD}\\s+){0,7}?)`;
  const BE = '(?:were|was|have\\s+been|has\\s+been|had\\s+been|are|is|being)\\s+(?:\\p{L}+ly\\s+)?';
  const starts = quantityTables().startWords;
  // Only "the attacker was killed" and "the killing of …" open with an article: "the" is too common to try everywhere.
  const startsWithThe = new Set([...starts, 'the']);
  // `next`: the words that can follow the trigger in a match (digits always can): the rule is tried nowhere else.
  const r = (name: string, field: Rule['field'], src: string, triggers: string, lookback = 0, next?: ReadonlySet<string>): Rule => ({
    name, field, sticky: withQuantityOffset(src, Q), triggers: triggers.split(' '), lookback, accept, ...(next ? { gate: nextIn(next) } : {}),
    // No pattern that may open before its trigger can open at it (a count, "the", "its"): only earlier starts are tried.
    ...(lookback > 0 ? { starts: name.startsWith('perpetrator') || name.endsWith('-noun') ? startsWithThe : starts, startsBefore: true } : {}),
  });
  const P = PASSIVE_LOOKBACK;
  // One named person: "killing the driver", "abducting the mukhtar".
  const TITLES = 'driver|commander|officer|soldier|policeman|guard|pilot|mukhtar|leader|head|chief|spy|imam|judge|official|governor|mayor|owner|interpreter|informant|collector';
  const words = (w: string) => new Set(w.split(' '));
  // "capturing a Humvee and two soldiers": a hit names people after its count, so the count is whole
  // words after an "and" (andCountAhead); a match without them is dropped anyway.
  const itemNext = nextIn(words('an a the two three four five'));
  const andCount = andCountAhead(starts);
  const itemThenCount = (rule: Rule): Rule => ({ ...rule, gate: (tokens, i, text) => itemNext(tokens, i) && andCount(text, tokens, i) });
  const quantityNext = starts;
  const quantityAfter = nextIn(quantityNext);
  const activeNext = new Set([...starts, 'dead']);
  return [
    afterVerb(r('combined-verb', 'killedOrWounded', `\\b(?:killing|killed|kill)\\s+(?:and|or)\\s+(?:wounding|wounded|injuring|injured|wound)\\s+${Q}`, 'killing killed kill', 0, words('and or'))),
    r('combined-noun', 'killedOrWounded', `\\bthe\\s+killing\\s+(?:and|or)\\s+(?:wounding|injuring)\\s+of\\s+${Q}`, 'killing', 1, words('and or')),
    r('combined-passive', 'killedOrWounded', `${Q}\\s+${NOUN}(?:${BE})?(?:killed|dead)\\s+(?:and|or)\\s+(?:wounded|injured)`, 'killed dead', P),
    r('combined-casualties', 'killedOrWounded', `${Q}\\s+(?:\\p{L}+\\s+)?casualties\\b`, 'casualties', P),
    r('combined-unquantified', 'killedOrWounded', `\\b(?:inflicting|causing|caused|inflicted)\\s+(?:heavy\\s+|many\\s+|several\\s+)?(?<none>casualties|losses)\\b`, 'inflicting causing caused inflicted', 0, words('heavy many several casualties losses')),
    // "Two brothers attained shahadah": the count is theirs.
    r('perpetrator-shahadah-counted', 'perpetratorsKilled', `${Q}\\s+(?:of\\s+the\\s+)?(?<noun>${ATTACKERS})\\s+(?:attain(?:ed|ing)|attains)\\s+(?:shahadah|shahada)\\b`, 'attained attaining attains', 4),
    r('perpetrator-shahadah', 'perpetratorsKilled', `\\b(?:attain(?:ed|ing)|attains)\\s+(?<none1>shahadah|shahada)\\b`, 'attained attaining attains'),
    { ...r('perpetrator-passive', 'perpetratorsKilled', `\\b(?:the\\s+(?=${SMALL}\\s))?(?<q>the|an?|${SMALL})\\s+(?:of\\s+the\\s+)?(?:\\p{L}+\\s+){0,2}?(?<noun>${ATTACKERS})\\s+${BE}(?:killed|shot\\s+dead|shot\\s+and\\s+killed)`, 'killed shot', P), gate: attackerNear },
    // "A suicide bomber blew himself up": the attacker's own death, stated.
    r('perpetrator-blew-up', 'perpetratorsKilled', `\\b(?:blew|blowing|blows)\\s+(?<pron>him|her)self\\s+up\\b`, 'blew blowing blows', 0, words('himself herself')),
    r('perpetrator-shot', 'perpetratorsKilled', `\\b(?:shot|shooting)\\s+(?:the\\s+(?=${SMALL}\\s))?(?<q>the|an?|${SMALL})\\s+(?:of\\s+the\\s+)?(?<noun>${ATTACKERS})\\s+dead\\b`, 'shot shooting', 0, words('the a an one two three four five six seven eight nine ten')),
    // "killing him", "shooting him dead" (one); "killing them", "killing those inside" (no figure).
    r('killed-pronoun', 'auto-killed', `\\b(?:killing|killed|executing|executed|beheading|beheaded|assassinating|assassinated)\\s+(?<pron>him|her|them|those\\s+(?:inside|on\\s+board|aboard))\\b`, 'killing killed executing executed beheading beheaded assassinating assassinated', 0, words('him her them those')),
    r('shot-pronoun-dead', 'auto-killed', `\\b(?:shooting|shot)\\s+(?<pron>him|her|them)\\s+dead\\b`, 'shooting shot', 0, words('him her them')),
    r('crew-killed', 'killed', `\\b(?:killing|killed)\\s+(?:its|their|the)\\s+(?<none>crews?|occupants|passengers)(?:\\s+of\\s+(?<q>${SMALL}))?\\b`, 'killing killed', 0, words('its their the')),
    // "its pilot was killed": one, of the craft or vehicle just named.
    { ...r('crew-member-killed', 'killed', `\\b(?:its|their)\\s+(?<one>pilot|driver|gunner|commander)\\s+(?:was|were)\\s+killed\\b`, 'killed', 4), starts: words('its their') },
    r('killed-the-person', 'killed', `\\b(?:killing|killed|shooting\\s+dead|shot\\s+dead|executing|executed|beheading|beheaded|assassinating|assassinated)\\s+(?<q>the)\\s+(?<noun>${TITLES})\\b(?!\\s+(?:of\\s+the\\s+)?(?:attackers?|gunm[ae]n))`, 'killing killed shooting shot executing executed beheading beheaded assassinating assassinated', 0, words('the dead')),
    afterVerb(r('killed-left', 'auto-killed', `\\b(?:left|leaving)\\s+${Q}\\s+${NOUN}(?:dead|killed)\\b`, 'left leaving', 0, quantityNext)),
    afterVerb(r('wounded-left', 'wounded', `\\b(?:left|leaving)\\s+${Q}\\s+${NOUN}(?:wounded|injured)\\b`, 'left leaving', 0, quantityNext)),
    // "killing an officer and 3 soldiers" is one figure, their sum (both must be people).
    afterVerb({ ...r('killed-coordinated', 'killed', `\\b(?:killing|killed)\\s+${Q}\\s+(?<noun>${WORD}(?:\\s+${WORD}){0,2}?)\\s+and\\s+(?<q2>${quantityTables().source})\\s+(?<noun2>${WORD}(?:\\s+${WORD}){0,2}?)(?=[\\s,.;]|$)`, 'killing killed', 0),
      gate: (tokens: Tokens, i: number, text: string) => quantityAfter(tokens, i) && andCount(text, tokens, i) }),
    afterVerb(tailed(r('killed-active', 'auto-killed', `\\b(?:killing|killed|kill|kills|shot\\s+dead|shooting\\s+dead|executing|executed|beheading|beheaded|slaughtering|assassinating|assassinated)\\s+${Q}`, 'killing killed kill kills shot shooting executing executed beheading beheaded slaughtering assassinating assassinated', 0, activeNext))),
    // "raising the death toll to 14", "the toll rose to 20": a revised total (events/assemble.ts lets it supersede).
    r('killed-toll', 'killed', `\\btoll\\s+(?:(?:has\\s+)?(?:rose|risen|climbed|increased)\\s+)?(?:to|of|at)\\s+${Q}`, 'toll', 0, words('to of at rose risen has climbed increased')),
    r('killed-noun', 'killed', `\\bthe\\s+(?:killing|deaths?)\\s+of\\s+${Q}`, 'killing death deaths', 1, words('of')),
    r('killed-passive', 'auto-killed', `${Q}\\s+${NOUN}(?:${BE})?(?:killed|dead|died|shot\\s+dead|executed|beheaded)\\b(?!\\s+(?:and|or)\\s+(?:wounded|injured))`, 'killed dead died shot executed beheaded', P),
    afterVerb(r('wounded-active', 'wounded', `\\b(?:wounding|wounded|wound|injuring|injured|injure)\\s+${Q}`, 'wounding wounded wound injuring injured injure', 0, quantityNext)),
    r('wounded-others', 'wounded', `\\b(?:wounding|injuring)\\s+(?<none>others|more|many\\s+others)\\b`, 'wounding injuring', 0, words('others more many')),
    r('wounded-passive', 'wounded', `${Q}\\s+${NOUN}(?:${BE})?(?:wounded|injured|hurt)\\b`, 'wounded injured hurt', P),
    r('captured-the-person', 'captured', `\\b(?:capturing|captured|abducting|abducted|kidnapping|kidnapped|arresting|arrested)\\s+(?<q>the)\\s+(?<noun>${TITLES})\\b`, 'capturing captured abducting abducted kidnapping kidnapped arresting arrested', 0, words('the')),
    afterVerb(tailed(r('captured-active', 'captured', `\\b(?:capturing|captured|capture|abducting|abducted|abduct|kidnapping|kidnapped|kidnap|taking|took|seizing|seized)\\s+${Q}`, 'capturing captured capture abducting abducted abduct kidnapping kidnapped kidnap taking took seizing seized', 0, quantityNext))),
    // "capturing a Humvee and two soldiers": the people after a seized item are still captured.
    afterVerb(itemThenCount(tailed(r('captured-after-item', 'captured', `\\b(?:capturing|captured|seizing|seized|taking|took)\\s+(?:an?|the|\\d+|two|three|four|five)\\s+[\\p{L}\\p{N}'’-]+(?:\\s+[\\p{L}\\p{N}'’-]+){0,3}?\\s+and\\s+${Q}`, 'capturing captured seizing seized taking took', 0)))),
    r('captured-passive', 'captured', `${Q}\\s+${NOUN}(?:${BE})?(?:captured|abducted|kidnapped|taken\\s+(?:prisoner|captive|hostage))\\b`, 'captured abducted kidnapped taken', P),
  ];
}

// TAIL ends these patterns: a hand-written scan reads it (nounTailEnd), the pattern stops at the count.
const tailed = (rule: Rule): Rule => ({ ...rule, tail: true });

/**
 * The rule's pattern. Where its count (group q) opens at the top level, what comes before it is
 * captured as `pre`: q's offsets follow from its length, without the costly match indices (the d
 * flag, a runtime call per match). A pattern without q needs no offsets at all. A pattern that ends
 * with its count and has no other group captures it unnamed: the count ends the match, and exec
 * makes no groups object (the active rules, about 10,000 matches per 2 MB).
 */
function withQuantityOffset(src: string, Q: string): RegExp {
  const atQ = src.indexOf(Q);
  const at = atQ >= 0 ? atQ : src.indexOf('(?<q>');
  if (at < 0) return new RegExp(src, 'iuy');
  if (!atTopLevel(src, at)) return new RegExp(src, 'iuyd');
  const before = src.slice(0, at);
  // Q found and ending the pattern: the pattern ends with its count.
  if (atQ >= 0 && atQ + Q.length === src.length && groupCount(before) === 0) return new RegExp(`${before}(${Q.slice('(?<q>'.length)}`, 'iuy');
  return new RegExp(`(?<pre>${before})${src.slice(at)}`, 'iuy');
}

/** How many groups a pattern captures. */
const groupCount = (src: string): number => new RegExp(`(?:${src})|`, 'u').exec('')!.length - 1;

/** No group of `src` is open at `at` (escaped parentheses and those in classes do not count). */
export function atTopLevel(src: string, at: number): boolean {
  let depth = 0;
  let inClass = false;
  for (let k = 0; k < at; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  return depth === 0;
}

/** [start, end) of the match's count (group q), if it has one. */
export function quantitySpan(m: RegExpExecArray): readonly [number, number] | undefined {
  if (m.indices) return m.indices.groups?.q;
  if (m.groups === undefined) {
    if (m.length < 2) return undefined;
    const end = m.index + m[0].length;
    return [end - m[1].length, end];
  }
  const pre = m.groups?.pre;
  const q = m.groups?.q;
  if (pre === undefined || q === undefined) return undefined;
  return [m.index + pre.length, m.index + pre.length + q.length];
}

/** The match's count: group q, or the one group of a pattern that ends with its count. */
const countOf = (m: RegExpExecArray): string | undefined => (m.groups === undefined ? m[1] : m.groups.q);

const TAKING = /^(?:taking|took|seizing|seized)$/i;

/** What `s.split(/\s/)[0]` is, without splitting the rest. */
export function firstWord(s: string): string {
  let k = 0;
  while (k < s.length && !isSpace(s.charCodeAt(k))) k++;
  return k === s.length ? s : s.slice(0, k);
}

/** The text of the clause before `at`, back to the sentence start (at most 120 characters). */
function clauseBefore(text: string, at: number): string {
  const from = Math.max(0, at - 120);
  const before = text.slice(from, at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  return stop >= 0 ? before.slice(stop + 1) : before;
}

/** The rules, in the order they win overlaps. */
export function casualtyRules(): readonly Rule[] {
  return (rules ??= buildRules());
}

const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** The article `q` is in any ASCII case ("The", "an"), as /^(?:the|an?)$/i tells; null for anything else. */
export function articleOf(q: string): 'the' | 'a' | 'an' | null {
  const c0 = lowerAscii(q.charCodeAt(0));
  if (q.length === 1) return c0 === 97 ? 'a' : null;
  if (q.length === 2) return c0 === 97 && lowerAscii(q.charCodeAt(1)) === 110 ? 'an' : null;
  if (q.length === 3) return c0 === 116 && lowerAscii(q.charCodeAt(1)) === 104 && lowerAscii(q.charCodeAt(2)) === 101 ? 'the' : null;
  return null;
}

export interface CasualtyHit { field: CasualtyField; value: QuantityValue; start: number; end: number; number: { start: number; end: number }; rule: string }

export function findCasualties(text: string, tokens: Tokens = tokenize(text)): CasualtyHit[] {
  return casualtyAnnotations(text, tokens).map((a) => ({ field: a.field, value: a.value, start: a.span.start, end: a.span.end, number: a.number, rule: a.rule }));
}

type CasualtyAnnotation = Extract<Annotation, { kind: 'casualty' }>;
const NO_GROUPS: Readonly<Record<string, string | undefined>> = Object.freeze({});

/** The stage's output, built as it is found (no hit list to copy). */
function casualtyAnnotations(text: string, tokens: Tokens): CasualtyAnnotation[] {
  rules ??= buildRules();
  nouns ??= { attacker: nounClass('attacker'), person: nounClass('person'), nonPerson: nounClass('non-person'), spoils: nounClass('spoils'), modifier: modifierPattern() };
  materielNoun ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(loadTsv('materiel.tsv', ['term', 'item']).map((r) => r.term))})(?![\\p{L}\\p{N}])`, 'iu');
  const hits: CasualtyAnnotation[] = [];
  const guard = new OverlapGuard();
  for (const { rule: r, match: m } of findTriggered(text, tokens, rules)) {
    const rule = rules[r];
    const g = m.groups ?? NO_GROUPS;
    const start = m.index;
    let end = m.index + m[0].length;
    const q = countOf(m);
    let noun = g.noun ?? '';
    if (rule.tail) {
      const tailEnd = nounTailEnd(text, end);
      noun = text.slice(end, tailEnd);
      end = tailEnd;
    }
    if (!guard.isFree(start, end)) continue; // earlier, more specific rules win
    let field: CasualtyField;
    let value: QuantityValue | null;
    // An article ("the attacker was killed") is no figure to point at: the number points at the whole statement.
    let article: 'the' | 'a' | 'an' | null = null;
    if (rule.name === 'killed-coordinated') {
      const a = parseQuantity(g.q ?? '');
      const b = parseQuantity(g.q2 ?? '');
      if (!a || !b || !nouns!.person.test(g.noun ?? '') || !nouns!.person.test(g.noun2 ?? '') || nouns!.attacker.test(`${g.noun} ${g.noun2}`)) continue;
      const sum = (x: number | null, y: number | null) => (x === null || y === null ? null : x + y);
      value = { low: sum(a.low, b.low), best: sum(a.best, b.best), high: sum(a.high, b.high) };
    } else if (q !== undefined) {
      const qArticle = articleOf(q);
      const trimmed = q.trim();
      article = trimmed === q ? qArticle : articleOf(trimmed);
      // "the attacker" is one; "the attackers" states no figure.
      if (qArticle === 'the') value = /(?:s|men)$/i.test(noun) ? { ...NONE } : { low: 1, best: 1, high: 1 };
      else value = parseQuantity(q);
      if (!value) continue;
      if ((article === 'a' || article === 'an') && rule.field !== 'perpetratorsKilled' && !/\p{L}/u.test(noun)) continue;
    } else if (g.one !== undefined) {
      value = { low: 1, best: 1, high: 1 };
    } else if (g.pron !== undefined) {
      value = /^(?:him|her)$/i.test(g.pron) ? { low: 1, best: 1, high: 1 } : { ...NONE };
    } else value = rule.name === 'perpetrator-shahadah' ? { low: 1, best: 1, high: 1 } : { ...NONE };
    if (namesNonPerson(noun)) continue;
    if (rule.field === 'captured' && namesCapturedThing(noun)) continue;
    if (rule.name === 'captured-after-item' && !nouns!.person.test(noun)) continue;
    // A pronoun stands for whoever the clause before it names: the attacker ("police shot the gunman, killing him") or a victim.
    if (rule.field === 'auto-killed') field = (g.pron !== undefined ? nouns!.attacker.test(clauseBefore(text, start)) : namesAttacker(noun)) ? 'perpetratorsKilled' : 'killed';
    else field = rule.field;
    const takes = rule.field === 'captured' && TAKING.test(firstWord(m[0]));
    if (takes && rule.name === 'captured-active' && !/\p{L}/u.test(noun) && value.best !== null) continue;
    if (takes && !/\b(?:prisoners?|captives?|hostages?|soldiers?|members?|elements?|fighters?|civilians?|people|men|women|children|workers?|students?|of them)\b/i.test(noun)) continue;
    const coordinated = rule.name === 'killed-coordinated' ? quantitySpan(m) : undefined;
    const qStart = coordinated ? coordinated[0] : q !== undefined && article === null ? m.index + m[0].indexOf(q) : start;
    // A coordinated figure points at both counts and their nouns: "an officer and 3 soldiers".
    const qEnd = coordinated ? end : q !== undefined && article === null ? qStart + q.length : end;
    guard.take(start, end);
    hits.push({ kind: 'casualty', field: field!, value, span: { start, end }, number: { start: qStart, end: qEnd }, stage: STAGE, rule: rule.name });
  }
  return sortByStart(hits);
}

export const casualtiesStage: Stage = {
  name: STAGE,
  version: 10,
  kind: 'extractor',
  requires: [],
  provides: ['casualty'],
  run({ doc, tokens }: StageInput): Annotation[] {
    return casualtyAnnotations(doc.text, tokens());
  },
};
