// ACLED sub-event type with ACLED's precedence, GTD attack and weapon types, suicide flag.
// Inputs are built by hand (no pipeline). Run: node --import tsx --test src/stages/events/classify.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classify, cueBits, subEventOf, type ClassifyInput } from './classify.js';
import type { Cue } from '../../pipeline/annotations.js';

function input(o: Partial<Omit<ClassifyInput, 'cues' | 'weapons' | 'armedTarget' | 'civilianTarget'>> & { cues?: Cue[]; weapons?: string[]; targets?: Array<'armed' | 'civilian'> } = {}): ClassifyInput {
  const { cues = [], weapons = [], targets = [], ...rest } = o;
  return {
    text: '', firstTarget: targets[0] ?? null, territory: null, governmentActs: false, captured: false, killedOrWounded: false, materielOnly: false,
    ...rest,
    cues: cueBits(cues), weapons: [...new Set(weapons)], armedTarget: targets.includes('armed'), civilianTarget: targets.includes('civilian'),
  };
}

interface Row {
  name: string;
  input: ClassifyInput;
  eventType: string;
  sub: string;
  gtdAttack: string;
  gtdWeapons: readonly string[];
  suicide: boolean;
}

const rows: readonly Row[] = [
  {
    name: 'a suicide attack amid clashes is a suicide bomb',
    input: input({ cues: ['suicide', 'clash', 'firearm'], weapons: ['Explosives', 'Firearms'], targets: ['armed'], killedOrWounded: true, text: 'an istishhadi detonated his explosive belt after clashes with the army' }),
    eventType: 'Explosions/Remote violence', sub: 'Suicide bomb', gtdAttack: 'Bombing/Explosion', gtdWeapons: ['Explosives', 'Firearms'], suicide: true,
  },
  {
    name: 'an explosive vehicle driven by an istishhadi is a suicide bomb',
    input: input({ cues: ['vbied'], weapons: ['Explosives'], targets: ['armed'], text: 'an istishhadi drove an explosive vehicle into a gathering of the Rafidi army' }),
    eventType: 'Explosions/Remote violence', sub: 'Suicide bomb', gtdAttack: 'Bombing/Explosion', gtdWeapons: ['Explosives'], suicide: true,
  },
  {
    name: 'a parked car bomb is a remote explosive',
    input: input({ cues: ['vbied'], weapons: ['Explosives'], targets: ['civilian'], killedOrWounded: true, text: 'a parked car bomb exploded near the market' }),
    eventType: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', gtdAttack: 'Bombing/Explosion', gtdWeapons: ['Explosives'], suicide: false,
  },
  {
    name: 'an explosive device on a patrol is a remote explosive even when firing follows',
    input: input({ cues: ['ied', 'firearm'], weapons: ['Explosives', 'Firearms'], targets: ['armed'], killedOrWounded: true }),
    eventType: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', gtdAttack: 'Bombing/Explosion', gtdWeapons: ['Explosives', 'Firearms'], suicide: false,
  },
  {
    name: 'shooting down a helicopter is an armed clash',
    input: input({ cues: ['shootdown', 'firearm'], weapons: ['Firearms'], text: 'shot down a helicopter of the Rafidi army with a machine gun' }),
    eventType: 'Battles', sub: 'Armed clash', gtdAttack: 'Armed Assault', gtdWeapons: ['Firearms'], suicide: false,
  },
  {
    name: 'shooting down an aircraft with a missile is still an armed clash',
    input: input({ cues: ['shootdown', 'shelling'], weapons: ['Firearms', 'Explosives'], text: 'shot down a helicopter with a guided missile' }),
    eventType: 'Battles', sub: 'Armed clash', gtdAttack: 'Armed Assault', gtdWeapons: ['Explosives', 'Firearms'], suicide: false,
  },
  {
    name: 'mortars and rockets are shelling',
    input: input({ cues: ['shelling'], weapons: ['Explosives'], targets: ['armed'], killedOrWounded: true }),
    eventType: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', gtdAttack: 'Bombing/Explosion', gtdWeapons: ['Explosives'], suicide: false,
  },
  {
    name: 'a grenade beats gunfire',
    input: input({ cues: ['grenade', 'firearm'], weapons: ['Explosives', 'Firearms'], targets: ['armed'], killedOrWounded: true }),
    eventType: 'Explosions/Remote violence', sub: 'Grenade', gtdAttack: 'Bombing/Explosion', gtdWeapons: ['Explosives', 'Firearms'], suicide: false,
  },
  {
    name: 'an armed drone is an air/drone strike',
    input: input({ cues: ['drone'], weapons: ['Explosives'], targets: ['armed'], killedOrWounded: true }),
    eventType: 'Explosions/Remote violence', sub: 'Air/drone strike', gtdAttack: 'Bombing/Explosion', gtdWeapons: ['Explosives'], suicide: false,
  },
  {
    name: 'a chemical weapon',
    input: input({ cues: ['chemical', 'shelling'], weapons: ['Chemical', 'Explosives'] }),
    eventType: 'Explosions/Remote violence', sub: 'Chemical weapon', gtdAttack: 'Unknown', gtdWeapons: ['Chemical', 'Explosives'], suicide: false,
  },
  {
    name: 'gunfire on armed forces is an armed clash',
    input: input({ cues: ['firearm'], weapons: ['Firearms'], targets: ['armed'], killedOrWounded: true }),
    eventType: 'Battles', sub: 'Armed clash', gtdAttack: 'Armed Assault', gtdWeapons: ['Firearms'], suicide: false,
  },
  {
    name: 'an attack on a checkpoint with no named force is an armed clash',
    input: input({ cues: ['assault'], weapons: ['Firearms'], text: 'they stormed a checkpoint' }),
    eventType: 'Battles', sub: 'Armed clash', gtdAttack: 'Armed Assault', gtdWeapons: ['Firearms'], suicide: false,
  },
  {
    name: 'a non-state group taking places overtakes territory',
    input: input({ territory: 'captured', cues: ['clash'], weapons: ['Firearms'] }),
    eventType: 'Battles', sub: 'Non-state actor overtakes territory', gtdAttack: 'Armed Assault', gtdWeapons: ['Firearms'], suicide: false,
  },
  {
    name: 'government forces retaking places regain territory',
    input: input({ territory: 'recaptured', governmentActs: true }),
    eventType: 'Battles', sub: 'Government regains territory', gtdAttack: 'Armed Assault', gtdWeapons: ['Firearms'], suicide: false,
  },
  {
    name: 'a group retaking places overtakes territory',
    input: input({ territory: 'recaptured', governmentActs: false }),
    eventType: 'Battles', sub: 'Non-state actor overtakes territory', gtdAttack: 'Armed Assault', gtdWeapons: ['Firearms'], suicide: false,
  },
  {
    name: 'abducting civilians is an abduction and a kidnapping',
    input: input({ cues: ['abduction'], targets: ['civilian'], captured: true }),
    eventType: 'Violence against civilians', sub: 'Abduction/forced disappearance', gtdAttack: 'Hostage Taking (Kidnapping)', gtdWeapons: [], suicide: false,
  },
  {
    name: 'capturing soldiers in an attack is an armed clash, not an abduction',
    input: input({ cues: ['abduction'], targets: ['armed'], captured: true }),
    eventType: 'Battles', sub: 'Armed clash', gtdAttack: 'Armed Assault', gtdWeapons: ['Firearms'], suicide: false,
  },
  {
    name: 'a knife attack on civilians is an attack with a melee weapon',
    input: input({ cues: ['melee'], weapons: ['Melee'], targets: ['civilian'], killedOrWounded: true }),
    eventType: 'Violence against civilians', sub: 'Attack', gtdAttack: 'Armed Assault', gtdWeapons: ['Melee'], suicide: false,
  },
  {
    name: 'shooting civilians is an attack',
    input: input({ cues: ['firearm'], weapons: ['Firearms'], targets: ['civilian'], killedOrWounded: true }),
    eventType: 'Violence against civilians', sub: 'Attack', gtdAttack: 'Armed Assault', gtdWeapons: ['Firearms'], suicide: false,
  },
  {
    name: 'ramming civilians is an attack with a vehicle',
    input: input({ cues: ['ramming'], weapons: ['Vehicle (non-explosive)'], targets: ['civilian'], killedOrWounded: true }),
    eventType: 'Violence against civilians', sub: 'Attack', gtdAttack: 'Armed Assault', gtdWeapons: ['Vehicle (non-explosive)'], suicide: false,
  },
  {
    name: 'when soldiers are the first target, civilians nearby do not make it one-sided',
    input: input({ cues: ['firearm'], weapons: ['Firearms'], targets: ['armed', 'civilian'], killedOrWounded: true }),
    eventType: 'Battles', sub: 'Armed clash', gtdAttack: 'Armed Assault', gtdWeapons: ['Firearms'], suicide: false,
  },
  {
    name: 'burning property with no one attacked is property destruction',
    input: input({ cues: ['incendiary'], weapons: ['Incendiary'], materielOnly: true, text: 'they burned three houses' }),
    eventType: 'Strategic developments', sub: 'Looting/property destruction', gtdAttack: 'Facility/Infrastructure Attack', gtdWeapons: ['Incendiary'], suicide: false,
  },
  {
    name: 'destroying materiel with no casualties and no fighting is property destruction',
    input: input({ materielOnly: true, text: 'they destroyed a telecommunications tower' }),
    eventType: 'Strategic developments', sub: 'Looting/property destruction', gtdAttack: 'Facility/Infrastructure Attack', gtdWeapons: ['Unknown'], suicide: false,
  },
  {
    name: 'fire set during an attack on civilians does not list incendiary among several weapons',
    input: input({ cues: ['firearm', 'incendiary'], weapons: ['Firearms', 'Incendiary'], targets: ['civilian'], killedOrWounded: true }),
    eventType: 'Violence against civilians', sub: 'Attack', gtdAttack: 'Armed Assault', gtdWeapons: ['Firearms'], suicide: false,
  },
  {
    name: 'nothing known is Other with unknown GTD types',
    input: input(),
    eventType: 'Strategic developments', sub: 'Other', gtdAttack: 'Unknown', gtdWeapons: ['Unknown'], suicide: false,
  },
];

describe('classify: ACLED type with precedence, GTD attack and weapon types', () => {
  for (const row of rows) {
    test(row.name, () => {
      const got = classify(row.input);
      assert.deepEqual(got, {
        acledEventType: row.eventType,
        acledSubEventType: row.sub,
        gtdAttackType: row.gtdAttack,
        gtdWeaponTypes: [...row.gtdWeapons],
        suicide: row.suicide,
      });
    });
  }
});

describe('subEventOf agrees with classify', () => {
  for (const row of rows) {
    test(row.name, () => {
      const s = subEventOf(row.input);
      assert.equal(s.sub, row.sub);
      assert.equal(s.suicide, row.suicide);
    });
  }
});

describe('closed gaps', () => {
  test('shooting down a drone does not list the drone as a weapon', () => {
    const got = classify(input({ cues: ['shootdown', 'drone'], weapons: ['Firearms', 'Explosives'], text: 'shot down a drone of the Crusader coalition' }));
    assert.equal(got.acledSubEventType, 'Armed clash');
    assert.deepEqual(got.gtdWeaponTypes, ['Firearms']);
  });
});
