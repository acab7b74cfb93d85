// ACLED event/sub-event type with ACLED's precedence, GTD attack and weapon types, suicide flag.
import type { Cue } from '../../pipeline/annotations.js';
import type { EventType } from '../../core/types.js';
import { loadTsv } from '../../lexicon/load.js';

export interface ClassifyInput {
  /** The incident's cues, as cueBits gives them. */
  cues: number;
  /** The cues' weapons, each once, in the order met. */
  weapons: readonly string[];
  text: string;
  armedTarget: boolean;
  civilianTarget: boolean;
  /** Kind of the first target named after the incident's first action. */
  firstTarget: 'armed' | 'civilian' | null;
  territory: 'captured' | 'recaptured' | null;
  governmentActs: boolean;
  captured: boolean;
  killedOrWounded: boolean;
  materielOnly: boolean;
}

// One bit per cue: an incident's cues are one number, not a set.
const CUE_BIT: Readonly<Record<Cue, number>> = {
  suicide: 1 << 0, vbied: 1 << 1, ied: 1 << 2, shelling: 1 << 3, grenade: 1 << 4, drone: 1 << 5, chemical: 1 << 6, firearm: 1 << 7,
  sniper: 1 << 8, melee: 1 << 9, execution: 1 << 10, incendiary: 1 << 11, ramming: 1 << 12, assault: 1 << 13, clash: 1 << 14,
  abduction: 1 << 15, shootdown: 1 << 16,
};
export const cueBit = (c: Cue): number => CUE_BIT[c];
export function cueBits(cues: Iterable<Cue>): number {
  let bits = 0;
  for (const c of cues) bits |= CUE_BIT[c];
  return bits;
}
/** Cues of something that exploded: with one, a drone shot down keeps its Explosives. */
const EXPLODED = cueBits(['suicide', 'vbied', 'ied', 'shelling', 'grenade', 'chemical']);
// The bits and groups subEventOf tests, as constants (a keyed look-up per test cost 1.5 % of the stage).
const SUICIDE = CUE_BIT.suicide;
const VBIED = CUE_BIT.vbied;
const SHOOTDOWN = CUE_BIT.shootdown;
const CHEMICAL = CUE_BIT.chemical;
const DRONE = CUE_BIT.drone;
const IED_OR_VBIED = CUE_BIT.ied | CUE_BIT.vbied;
const GRENADE = CUE_BIT.grenade;
const SHELLING = CUE_BIT.shelling;
const FIGHTING = cueBits(['clash', 'assault', 'firearm', 'sniper']);
const INCENDIARY = CUE_BIT.incendiary;
const ABDUCTION = CUE_BIT.abduction;
const ONE_SIDED = cueBits(['firearm', 'melee', 'execution', 'ramming', 'assault', 'sniper']);
const CLOSE_KILLING = cueBits(['execution', 'melee']);

const ARMED_TARGET = /\b(?:checkpoints?|positions?|bases?|barracks|patrols?|convoys?|headquarters|outposts?|garrisons?|military\s+(?:post|point|vehicle)s?)\b/i;
const SUICIDE_VEHICLE = /\b(?:istishhadi|suicide|drove|driven|driving|rammed)\b/i;

type SubEvent = string;
interface TaxonomyRow { eventType: string; gtdAttackType: string; defaultWeapon: string }
let taxonomy: Map<SubEvent, TaxonomyRow> | null = null;

function lookup(sub: SubEvent): TaxonomyRow {
  taxonomy ??= new Map(loadTsv('event-types.tsv', ['subEventType', 'eventType', 'gtdAttackType', 'defaultWeapon'])
    .map((r) => [r.subEventType, { eventType: r.eventType, gtdAttackType: r.gtdAttackType, defaultWeapon: r.defaultWeapon }]));
  const t = taxonomy.get(sub);
  if (!t) throw new Error(`event-types.tsv has no sub-event type '${sub}'`);
  return t;
}

export interface SubEventOf { readonly sub: SubEvent; readonly suicide: boolean; readonly gtdOverride?: string }
// The outcomes, made once (each call used to build its own); each keeps its taxonomy row once looked up.
interface Outcome extends SubEventOf { row: TaxonomyRow | null }
const outcome = (sub: SubEvent, suicide = false, gtdOverride?: string): Outcome => ({ sub, suicide, gtdOverride, row: null });
const SUICIDE_BOMB = outcome('Suicide bomb', true);
const ARMED_CLASH = outcome('Armed clash');
const CHEMICAL_WEAPON = outcome('Chemical weapon');
const AIR_STRIKE = outcome('Air/drone strike');
const REMOTE_EXPLOSIVE = outcome('Remote explosive/landmine/IED');
const GRENADE_ATTACK = outcome('Grenade');
const SHELLING_ATTACK = outcome('Shelling/artillery/missile attack');
const GOVERNMENT_REGAINS = outcome('Government regains territory');
const NON_STATE_OVERTAKES = outcome('Non-state actor overtakes territory');
const LOOTING = outcome('Looting/property destruction');
const ABDUCTED = outcome('Abduction/forced disappearance', false, 'Hostage Taking (Kidnapping)');
const ATTACK_ASSAULT = outcome('Attack', false, 'Armed Assault');
const ATTACK_ONE_SIDED = outcome('Attack');
const ATTACK = outcome('Attack');
const OTHER = outcome('Other');

export function subEventOf(i: ClassifyInput): SubEventOf {
  return outcomeOf(i);
}

function outcomeOf(i: ClassifyInput): Outcome {
  const cues = i.cues;
  if ((cues & SUICIDE) !== 0 || ((cues & VBIED) !== 0 && SUICIDE_VEHICLE.test(i.text))) return SUICIDE_BOMB;
  if ((cues & SHOOTDOWN) !== 0) return ARMED_CLASH;
  if ((cues & CHEMICAL) !== 0) return CHEMICAL_WEAPON;
  if ((cues & DRONE) !== 0) return AIR_STRIKE;
  if ((cues & IED_OR_VBIED) !== 0) return REMOTE_EXPLOSIVE;
  if ((cues & GRENADE) !== 0) return GRENADE_ATTACK;
  if ((cues & SHELLING) !== 0) return SHELLING_ATTACK;
  if (i.territory) return i.territory === 'recaptured' && i.governmentActs ? GOVERNMENT_REGAINS : NON_STATE_OVERTAKES;
  const armedTarget = i.armedTarget || ARMED_TARGET.test(i.text);
  const civilianOnly = i.civilianTarget && (!armedTarget || i.firstTarget === 'civilian');
  const fighting = (cues & FIGHTING) !== 0;
  const incendiary = (cues & INCENDIARY) !== 0;
  if ((incendiary || i.materielOnly) && !i.killedOrWounded && !fighting && !i.captured) return LOOTING;
  if (((cues & ABDUCTION) !== 0 || i.captured) && civilianOnly) return ABDUCTED;
  if (civilianOnly && ((cues & ONE_SIDED) !== 0 || i.killedOrWounded)) return (cues & CLOSE_KILLING) !== 0 ? ATTACK_ASSAULT : ATTACK_ONE_SIDED;
  if (armedTarget || fighting) return ARMED_CLASH;
  if ((cues & ABDUCTION) !== 0) return ABDUCTED;
  if (incendiary || i.materielOnly) return LOOTING;
  if (i.killedOrWounded) return ATTACK;
  return OTHER;
}

export function classify(i: ClassifyInput): EventType {
  const o = outcomeOf(i);
  const { sub, suicide, gtdOverride } = o;
  const t = o.row ??= lookup(sub);
  // A drone shot down is the target, not a weapon: unless something else exploded, drop its Explosives.
  const dropExplosives = (i.cues & SHOOTDOWN) !== 0 && (i.cues & DRONE) !== 0 && (i.cues & EXPLODED) === 0;
  let weapons = dropExplosives ? i.weapons.filter((w) => w !== 'Explosives') : i.weapons.slice();
  if (weapons.length === 0 && t.defaultWeapon) weapons = [t.defaultWeapon];
  const incendiary = weapons.indexOf('Incendiary');
  if (sub !== 'Looting/property destruction' && sub !== 'Abduction/forced disappearance' && (i.cues & INCENDIARY) !== 0 && weapons.length > 1 && incendiary >= 0) weapons.splice(incendiary, 1);
  return {
    acledEventType: t.eventType,
    acledSubEventType: sub,
    gtdAttackType: gtdOverride ?? t.gtdAttackType,
    // A list of one (most) is in order: no call into the sort builtin.
    gtdWeaponTypes: weapons.length > 1 ? weapons.sort() : weapons,
    suicide,
  };
}
