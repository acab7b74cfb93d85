// ACLED event/sub-event type with ACLED's precedence, GTD attack and weapon types, suicide flag.
import type { Cue } from '../../pipeline/annotations.js';
import type { EventType } from '../../core/types.js';
import { loadTsv } from '../../lexicon/load.js';

export interface ClassifyInput {
  cues: ReadonlySet<Cue>;
  weapons: ReadonlySet<string>;
  text: string;
  targetKinds: ReadonlySet<'armed' | 'civilian'>;
  /** Kind of the first target named after the incident's first action. */
  firstTarget: 'armed' | 'civilian' | null;
  territory: 'captured' | 'recaptured' | null;
  governmentActs: boolean;
  captured: boolean;
  killedOrWounded: boolean;
  materielOnly: boolean;
}

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
  const has = (c: Cue) => i.cues.has(c);
  const suicide = has('suicide') || (has('vbied') && SUICIDE_VEHICLE.test(i.text));
  if (suicide) return { sub: 'Suicide bomb', suicide: true };
  if (has('shootdown')) return { sub: 'Armed clash', suicide: false };
  if (has('chemical')) return { sub: 'Chemical weapon', suicide: false };
  if (has('drone')) return { sub: 'Air/drone strike', suicide: false };
  if (has('ied') || has('vbied')) return { sub: 'Remote explosive/landmine/IED', suicide: false };
  if (has('grenade')) return { sub: 'Grenade', suicide: false };
  if (has('shelling')) return { sub: 'Shelling/artillery/missile attack', suicide: false };
  if (i.territory) return { sub: i.territory === 'recaptured' && i.governmentActs ? 'Government regains territory' : 'Non-state actor overtakes territory', suicide: false };
  const armedTarget = i.targetKinds.has('armed') || ARMED_TARGET.test(i.text);
  const civilianOnly = i.targetKinds.has('civilian') && (!armedTarget || i.firstTarget === 'civilian');
  const fighting = has('clash') || has('assault') || has('firearm') || has('sniper');
  if ((has('incendiary') || i.materielOnly) && !i.killedOrWounded && !fighting && !i.captured) return { sub: 'Looting/property destruction', suicide: false };
  if ((has('abduction') || i.captured) && civilianOnly) return { sub: 'Abduction/forced disappearance', suicide: false, gtdOverride: 'Hostage Taking (Kidnapping)' };
  if (civilianOnly && (has('firearm') || has('melee') || has('execution') || has('ramming') || has('assault') || has('sniper') || i.killedOrWounded)) {
    return { sub: 'Attack', suicide: false, gtdOverride: has('execution') || has('melee') ? 'Armed Assault' : undefined };
  }
  if (armedTarget || fighting) return { sub: 'Armed clash', suicide: false };
  if (has('abduction')) return { sub: 'Abduction/forced disappearance', suicide: false, gtdOverride: 'Hostage Taking (Kidnapping)' };
  if (has('incendiary') || i.materielOnly) return { sub: 'Looting/property destruction', suicide: false };
  if (i.killedOrWounded) return { sub: 'Attack', suicide: false };
  return { sub: 'Other', suicide: false };
}

export function classify(i: ClassifyInput): EventType {
  const { sub, suicide, gtdOverride } = subEventOf(i);
  const t = lookup(sub);
  const weapons = new Set(i.weapons);
  // A drone shot down is the target, not a weapon: unless something else exploded, drop its Explosives.
  if (i.cues.has('shootdown') && i.cues.has('drone') && !(['suicide', 'vbied', 'ied', 'shelling', 'grenade', 'chemical'] as const).some((c) => i.cues.has(c))) weapons.delete('Explosives');
  if (weapons.size === 0 && t.defaultWeapon) weapons.add(t.defaultWeapon);
  if (sub !== 'Looting/property destruction' && sub !== 'Abduction/forced disappearance' && i.cues.has('incendiary') && weapons.size > 1) weapons.delete('Incendiary');
  return {
    acledEventType: t.eventType,
    acledSubEventType: sub,
    gtdAttackType: gtdOverride ?? t.gtdAttackType,
    gtdWeaponTypes: [...weapons].sort(),
    suicide,
  };
}
