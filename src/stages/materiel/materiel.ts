// Materiel (count + item + action) and territory (places captured or recaptured).
import type { Annotation } from '../../pipeline/annotations.js';
import type { Stage, StageInput } from '../../pipeline/stage.js';
import type { MaterielAction } from '../../core/types.js';
import { alternation, loadTsv } from '../../lexicon/load.js';
import { parseQuantity, quantityTables } from '../casualties/quantity.js';
import { CLAUSE_END, findTriggered, type TriggerRule } from '../../core/triggered.js';
import { tokenize, type Tokens } from '../../core/tokens.js';
import { OverlapGuard } from '../../core/overlap.js';
import { isSpace } from '../../core/chars.js';
import { asciiTwinOr } from '../../core/ascii-twin.js';
import { beAround, capitalAhead, itemAhead, placesNounAhead } from './gates.js';

const STAGE = 'materiel-territory';

const ACTIONS: [RegExp, MaterielAction][] = [
  [/^(?:destroy|destroying|destroyed|demolish|demolished|demolishing|blew up|blowing up)$/i, 'destroyed'],
  [/^(?:damag(?:e|ed|ing)|disabl(?:e|ed|ing)|hit|hitting|struck|striking|targeting|targeted)$/i, 'damaged'],
  [/^(?:seiz(?:e|ed|ing)|captur(?:e|ed|ing)|tak(?:e|ing)|took|commandeer(?:ed|ing)|gain(?:ed|ing)|confiscat(?:ed|ing))$/i, 'seized'],
  [/^(?:burn(?:ed|t|ing)?|torch(?:ed|ing)|set fire to|setting fire to|set on fire)$/i, 'burned'],
  [/^(?:shot down|shooting down|down(?:ed|ing))$/i, 'shot_down'],
];

// Both patterns are set off by their verb (core/triggered.ts); the passive one may start a few
// tokens earlier, at a word that opens a count ("two tanks were destroyed").
let rules: TriggerRule[] | null = null;
const ACTIVE_VERBS = 'destroy destroying destroyed demolish demolished demolishing blew blowing damage damaged damaging disable disabled disabling seize seized seizing capture captured capturing took taking commandeered commandeering confiscated confiscating burned burnt burning torched torching set setting shot shooting downed downing';
const PASSIVE_VERBS = 'destroyed damaged seized captured burned burnt shot downed set';
let conjunct: RegExp | null = null;
/** `conjunct` for plain texts (core/ascii-twin.ts). */
let conjunctTwin: RegExp | null = null;
let itemOf: Map<string, string> | null = null;

function compile(): void {
  const rows = loadTsv('materiel.tsv', ['term', 'item']);
  itemOf = new Map(rows.map((r) => [r.term.toLowerCase(), r.item]));
  const ITEM = `(?<item>${alternation(rows.map((r) => r.term))})`;
  const Q = `(?<q>${quantityTables().source})`;
  const VERB = '(?<verb>destroy(?:ing|ed)?|demolish(?:ed|ing)?|blew\\s+up|blowing\\s+up|damag(?:e|ed|ing)|disabl(?:e|ed|ing)|seiz(?:e|ed|ing)|captur(?:e|ed|ing)|took|taking|commandeer(?:ed|ing)|confiscat(?:ed|ing)|burn(?:ed|t|ing)|torch(?:ed|ing)|set(?:ting)?\\s+fire\\s+to|shot\\s+down|shooting\\s+down|down(?:ed|ing))';
  // Modifiers are adjectives and model numbers ("two T-72 tanks", "a 4x4 pick-up"); a preposition or article
  // starts another phrase ("captured near the tank", "destroyed the checkpoint near the tank").
  const NOT_MOD = '(?:and|or|with|of|the|an?|near|at|in|inside|into|on|onto|from|to|by|beside|behind|outside|around|between|for|during|after|before|towards?|against|under|over|along|across|within|through)\\b';
  const MODS = `(?<mods>(?:(?!${NOT_MOD})[\\p{L}\\p{N}'’-]+\\s+){0,5}?)`;
  // The count is a whole word: the "an" in "and" is no count.
  const COUNT = `(?:${Q}(?![\\p{L}\\p{N}]))?`;
  const active = new RegExp(`\\b${VERB}\\s+(?:the\\s+)?${COUNT}\\s*${MODS}${ITEM}(?![\\p{L}-])`, 'iuy');
  const PASSIVE_VERB = '(?<verb>destroyed|damaged|seized|captured|burned|burnt|shot\\s+down|downed|set\\s+on\\s+fire)';
  const BE = "(?:were|was)\\s+(?:\\p{L}+ly\\s+)?";
  // "destroyed a bulldozer and a Humvee", "seized two tanks, an APC and three Humvees": the verb carries over.
  const CONJ_MODS = `(?<mods>(?:(?!${NOT_MOD}|${VERB.replace('(?<verb>', '(?:')}\\b)[\\p{L}\\p{N}'’-]+\\s+){0,5}?)`;
  conjunct = new RegExp(`(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?<item_phrase>(?:the\\s+)?${COUNT}\\s*${CONJ_MODS}${ITEM})(?![\\p{L}-])`, 'iuy');
  conjunctTwin = asciiTwinOr(conjunct);
  // "Two tanks and a Humvee were destroyed": every item of the list before the verb shares it.
  const unnamed = (src: string) => src.replace(/\(\?<[a-z_]+>/g, '(?:');
  const MORE = `(?<more>(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?${unnamed(COUNT)}\\s*${unnamed(MODS)}${unnamed(ITEM)})*)`;
  const passive = new RegExp(`${Q}\\s+${MODS}${ITEM}${MORE}\\s+${BE}${PASSIVE_VERB}\\b`, 'iuyd');
  rules = [
    { sticky: active, triggers: ACTIVE_VERBS.split(' '), lookback: 0, gate: itemAhead(rows.map((r) => r.term)) },
    { sticky: passive, triggers: PASSIVE_VERBS.split(' '), lookback: 24, starts: quantityTables().startWords, boundary: CLAUSE_END, gate: beAround },
  ];
}

/** The stage's patterns that run as twins on plain texts: the rules' and the conjunct's (for tests). */
export function materielPatterns(): readonly RegExp[] {
  if (!rules) compile();
  return [...rules!.map((r) => r.sticky), conjunct!, ...TERRITORY_RULES.map((r) => r.sticky)];
}

/** The materiel rules (active, passive), compiled on first use. */
export function materielRules(): readonly TriggerRule[] {
  if (!rules) compile();
  return rules!;
}

// Verbs as written repeat ("destroyed", "Destroyed"): each one's action is worked out once.
const actions = new Map<string, MaterielAction | null>();
const MAX_ACTIONS = 4096;

function actionOf(verb: string): MaterielAction | null {
  let action = actions.get(verb);
  if (action === undefined) {
    if (actions.size >= MAX_ACTIONS) actions.clear();
    actions.set(verb, action = actionOfVerb(verb));
  }
  return action;
}

function actionOfVerb(verb: string): MaterielAction | null {
  const v = verb.replace(/\s+/g, ' ');
  for (const [re, action] of ACTIONS) if (re.test(v)) return action;
  if (/^set(?:ting)? fire to$|^set on fire$/i.test(v)) return 'burned';
  return null;
}

/**
 * Whether `conjunct` can match at `at`: it opens with spaces and a comma, or with spaces and "and"
 * (any case; no other character folds to a, n or d).
 */
export function mayOpenConjunct(text: string, at: number): boolean {
  let p = at;
  while (p < text.length && isSpace(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) === 44) return true;
  return p > at && (text.charCodeAt(p) | 32) === 97 && (text.charCodeAt(p + 1) | 32) === 110 && (text.charCodeAt(p + 2) | 32) === 100;
}

function conjunctAt(text: string, at: number, plain: boolean): { start: number; end: number; item: string; count: number | null } | null {
  if (!mayOpenConjunct(text, at)) return null;
  const pattern = plain ? conjunctTwin! : conjunct!;
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  const g = m?.groups;
  const item = g ? itemOf!.get((g.item ?? '').toLowerCase()) : undefined;
  if (!m || !g || !item) return null;
  const q = g.q ? parseQuantity(g.q) : null;
  const end = m.index + m[0].length;
  return { start: end - g.item_phrase.length, end, item, count: q?.best ?? (g.q ? null : 1) };
}

export function findMateriel(text: string, tokens: Tokens = tokenize(text)) {
  if (!rules || !itemOf) compile();
  const out: { start: number; end: number; item: string; count: number | null; action: MaterielAction }[] = [];
  const guard = new OverlapGuard();
  const { plain } = tokens;
  for (const { rule, match: m } of findTriggered(text, tokens, rules!)) {
    const coordinated = rule === 0;
    const g = m.groups ?? {};
    const action = actionOf(g.verb ?? '');
    const item = itemOf!.get((g.item ?? '').toLowerCase());
    if (!action || !item) continue;
    const q = g.q ? parseQuantity(g.q) : null;
    const start = m.index;
    const end = m.index + m[0].length;
    if (!guard.isFree(start, end)) continue;
    guard.take(start, end);
    const more = m.indices?.groups?.more;
    const firstEnd = m.indices?.groups?.item?.[1];
    // A passive list: the first item's statement runs to its own end; the others follow.
    out.push({ start, end: more && firstEnd !== undefined && more[1] > more[0] ? firstEnd : end, item, count: q?.best ?? (g.q ? null : 1), action });
    if (more && firstEnd !== undefined && more[1] > more[0]) {
      for (let at = firstEnd, c = conjunctAt(text, at, plain); c && c.end <= more[1]; at = c.end, c = conjunctAt(text, at, plain)) out.push({ start: c.start, end: c.end, item: c.item, count: c.count, action });
    }
    if (coordinated) {
      for (let at = end, c = conjunctAt(text, at, plain); c && guard.isFree(c.start, c.end); at = c.end, c = conjunctAt(text, at, plain)) {
        guard.take(c.start, c.end);
        out.push({ start: c.start, end: c.end, item: c.item, count: c.count, action });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const NAME = "(?:(?:al|el|as|ash|ad|ar|at|az|an)-)?\\p{Lu}[\\p{L}'’ʿ-]*(?:\\s+(?:(?:al|el|as|ash|ad|ar|at|az|an|bin|abu|umm)[-\\s])?\\p{Lu}[\\p{L}'’ʿ-]*){0,3}";
// Named facilities count as places taken: "the Jihar field", "the T3 pumping station", "Tal Shair hill".
const FACILITY = '(?:(?:gas|oil)\\s+)?(?:field|pumping\\s+station|station|airport|air\\s+base|airbase|dam|hill|mountain|crossing|refinery)';
const FACILITY_NAME = "\\p{Lu}[\\p{L}\\p{N}'’ʿ-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}'’ʿ-]*){0,2}";
const PLACE = `(?:${NAME}(?:\\s+${FACILITY}(?![\\p{L}]))?|the\\s+${FACILITY_NAME}\\s+${FACILITY}(?![\\p{L}]))`;
const LIST = `(?<list>${PLACE}(?:\\s*,\\s*(?:and\\s+)?${PLACE}|\\s+and\\s+${PLACE})*)`;
const PLACE_NOUN = '(?:the\\s+)?(?:villages?|towns?|areas?|hills?|neighbou?rhoods?|districts?|city|settlements?|localities|hamlets?|region)\\s+of\\s+';
const TERRITORY_VERBS = 'took taking seized seizing overran overrunning imposed extended captured capturing advanced entered stormed retook retaking recaptured recapturing regained regaining liberated liberating reclaimed cleared'.split(' ');
const TERRITORY = new RegExp(
  `\\b(?:(?<cap>took\\s+control\\s+of|taking\\s+control\\s+of|seized\\s+control\\s+of|seizing\\s+control\\s+of|took\\s+over|taking\\s+over|overran|overrunning|imposed\\s+(?:full\\s+)?control\\s+(?:over|on)|extended\\s+control\\s+over)\\s+(?:${PLACE_NOUN})?` +
  `|(?<cap2>captured|capturing|advanced\\s+into|entered|stormed)\\s+${PLACE_NOUN}` +
  `|(?<re>retook|retaking|recaptured|recapturing|regained\\s+control\\s+(?:of|over)|regaining\\s+control\\s+(?:of|over)|liberated|liberating|reclaimed|cleared)\\s+(?:${PLACE_NOUN})?)${LIST}`,
  'uy',
);

const UNNAMED = /\b(?:(?<re>retook|retaking|recaptured|recapturing|regained\s+control\s+(?:of|over)|liberated|reclaimed)|took\s+control\s+of|seized\s+control\s+of|overran|captured)\s+(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+number\s+of|dozens\s+of)\s+)(?:villages|towns|areas|hamlets|settlements)\b/iuy;
export const TERRITORY_RULES: readonly TriggerRule[] = [
  { sticky: UNNAMED, triggers: TERRITORY_VERBS, lookback: 0, gate: placesNounAhead },
  { sticky: TERRITORY, triggers: TERRITORY_VERBS, lookback: 0, gate: capitalAhead },
];

export function findTerritory(text: string, tokens: Tokens = tokenize(text)) {
  const out: { start: number; end: number; action: 'captured' | 'recaptured'; places: string[] }[] = [];
  for (const { rule, match: m } of findTriggered(text, tokens, TERRITORY_RULES)) {
    const g = m.groups ?? {};
    if (rule === 0) {
      out.push({ start: m.index, end: m.index + m[0].length, action: g.re ? 'recaptured' : 'captured', places: [] });
      continue;
    }
    const places = (g.list ?? '').split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((p) => p.trim().replace(/^the\s+/, '')).filter(Boolean);
    if (places.length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, action: g.re ? 'recaptured' : 'captured', places });
  }
  return out;
}

export const materielStage: Stage = {
  name: STAGE,
  version: 4,
  kind: 'extractor',
  requires: [],
  provides: ['materiel', 'territory'],
  run({ doc, tokens }: StageInput): Annotation[] {
    const out: Annotation[] = [];
    for (const h of findMateriel(doc.text, tokens())) out.push({ kind: 'materiel', span: { start: h.start, end: h.end }, item: h.item, count: h.count, action: h.action, stage: STAGE, rule: 'verb-count-item' });
    for (const t of findTerritory(doc.text, tokens())) out.push({ kind: 'territory', span: { start: t.start, end: t.end }, action: t.action, places: t.places, stage: STAGE, rule: 'control-verb-place-list' });
    return out;
  },
};
