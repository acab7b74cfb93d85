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
const on = (cues: number, c: Cue): boolean => (cues & CUE_BIT[c]) !== 0;

const ARMED_TARGET = /\b(?:checkpoints?|positions?|bases?|barracks|patrols?|convoys?|headquarters|outposts?|garrisons?|military\s+(?:post|point|vehicle)s?)\b/i;
const SUICIDE_VEHICLE = /\b(?:istishhadi|suicide|drove|driven|driving|rammed)\b/i;

type SubEvent = string;
let taxonomy: Map<SubEvent, { eventType: string; gtdAttackType: string; defaultWeapon: string }> | null = null;

function lookup(sub: SubEvent) {
  taxonomy ??= new Map(loadTsv('event-types.tsv', ['subEventType', 'eventType', 'gtdAttackType', 'defaultWeapon'])
    .map((r) => [r.subEventType, { eventType: r.eventType, gtdAttackType: r.gtdAttackType, defaultWeapon: r.defaultWeapon }]));
  const t = taxonomy.get(sub);
  if (!t) throw new Error(`event-types.tsv has no sub-event type '${sub}'`);
  return t;
}

export function subEventOf(i: ClassifyInput): { sub: SubEvent; suicide: boolean; gtdOverride?: string } {
  const cues = i.cues;
  const suicide = on(cues, 'suicide') || (on(cues, 'vbied') && SUICIDE_VEHICLE.test(i.text));
  if (suicide) return { sub: 'Suicide bomb', suicide: true };
  if (on(cues, 'shootdown')) return { sub: 'Armed clash', suicide: false };
  if (on(cues, 'chemical')) return { sub: 'Chemical weapon', suicide: false };
  if (on(cues, 'drone')) return { sub: 'Air/drone strike', suicide: false };
  if (on(cues, 'ied') || on(cues, 'vbied')) return { sub: 'Remote explosive/landmine/IED', suicide: false };
  if (on(cues, 'grenade')) return { sub: 'Grenade', suicide: false };
  if (on(cues, 'shelling')) return { sub: 'Shelling/artillery/missile attack', suicide: false };
  if (i.territory) return { sub: i.territory === 'recaptured' && i.governmentActs ? 'Government regains territory' : 'Non-state actor overtakes territory', suicide: false };
  const armedTarget = i.armedTarget || ARMED_TARGET.test(i.text);
  const civilianOnly = i.civilianTarget && (!armedTarget || i.firstTarget === 'civilian');
  const fighting = on(cues, 'clash') || on(cues, 'assault') || on(cues, 'firearm') || on(cues, 'sniper');
  if ((on(cues, 'incendiary') || i.materielOnly) && !i.killedOrWounded && !fighting && !i.captured) return { sub: 'Looting/property destruction', suicide: false };
  if ((on(cues, 'abduction') || i.captured) && civilianOnly) return { sub: 'Abduction/forced disappearance', suicide: false, gtdOverride: 'Hostage Taking (Kidnapping)' };
  if (civilianOnly && (on(cues, 'firearm') || on(cues, 'melee') || on(cues, 'execution') || on(cues, 'ramming') || on(cues, 'assault') || on(cues, 'sniper') || i.killedOrWounded)) {
    return { sub: 'Attack', suicide: false, gtdOverride: on(cues, 'execution') || on(cues, 'melee') ? 'Armed Assault' : undefined };
  }
  if (armedTarget || fighting) return { sub: 'Armed clash', suicide: false };
  if (on(cues, 'abduction')) return { sub: 'Abduction/forced disappearance', suicide: false, gtdOverride: 'Hostage Taking (Kidnapping)' };
  if (on(cues, 'incendiary') || i.materielOnly) return { sub: 'Looting/property destruction', suicide: false };
  if (i.killedOrWounded) return { sub: 'Attack', suicide: false };
  return { sub: 'Other', suicide: false };
}

export function classify(i: ClassifyInput): EventType {
  const { sub, suicide, gtdOverride } = subEventOf(i);
  const t = lookup(sub);
  // A drone shot down is the target, not a weapon: unless something else exploded, drop its Explosives.
  const dropExplosives = on(i.cues, 'shootdown') && on(i.cues, 'drone') && (i.cues & EXPLODED) === 0;
  let weapons = dropExplosives ? i.weapons.filter((w) => w !== 'Explosives') : i.weapons.slice();
  if (weapons.length === 0 && t.defaultWeapon) weapons = [t.defaultWeapon];
  const incendiary = weapons.indexOf('Incendiary');
  if (sub !== 'Looting/property destruction' && sub !== 'Abduction/forced disappearance' && on(i.cues, 'incendiary') && weapons.length > 1 && incendiary >= 0) weapons.splice(incendiary, 1);
  return {
    acledEventType: t.eventType,
    acledSubEventType: sub,
    gtdAttackType: gtdOverride ?? t.gtdAttackType,
    gtdWeaponTypes: weapons.sort(),
    suicide,
  };
}
