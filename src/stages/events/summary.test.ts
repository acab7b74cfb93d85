// The one-line summary from canonical values: each part only when known. Hand-built events.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarize } from './summary.js';
import type { Actor, ClaimEvent, Quantity } from '../../core/types.js';

type Body = Parameters<typeof summarize>[0];

const span = { start: 0, end: 1 };
const quantity = (low: number | null, best: number | null, high: number | null): Quantity => ({ low, best, high, text: '', span });
const body = (o: { actors?: Actor[]; sub?: string | null; name?: string | null; admin1?: string | null; country?: string | null; best?: string | null; earliest?: string | null; latest?: string | null; claimant?: boolean; killed?: Quantity | null; wounded?: Quantity | null; captured?: Quantity | null; killedOrWounded?: Quantity | null; perpetratorsKilled?: Quantity | null }): Body => ({
  span, actors: o.actors ?? [], stance: o.claimant ? 'claimant' : 'independent',
  type: { acledEventType: null, acledSubEventType: o.sub === undefined ? 'Armed clash' : o.sub, gtdAttackType: null, gtdWeaponTypes: [], suicide: false },
  location: { text: '', name: o.name ?? null, country: o.country ?? null, admin1: o.admin1 ?? null, admin1Code: null, lat: null, lon: null, precision: 'unknown', uncertaintyKm: null, reason: 'none', source: 'none', stated: false },
  date: { text: '', calendar: 'gregorian', earliest: o.earliest ?? null, latest: o.latest ?? null, best: o.best ?? null, precision: 'day', stated: true },
  casualties: { killed: o.killed ?? null, wounded: o.wounded ?? null, killedOrWounded: o.killedOrWounded ?? null, captured: o.captured ?? null, perpetratorsKilled: o.perpetratorsKilled ?? null },
  materiel: [], territory: null, evidence: [],
} satisfies Omit<ClaimEvent, 'summary' | 'id' | 'confidence'>);

test('summarize: table', () => {
  const actor = (role: Actor['role'], canonical: string): Actor => ({ role, text: canonical, canonical, span });
  const rows: ReadonlyArray<[Body, string]> = [
    [body({ actors: [actor('claimant', 'Islamic State'), actor('perpetrator', 'Islamic State'), actor('target', 'Iraqi army')], name: 'Tikrit', admin1: 'Salah ad Din', country: 'IQ', best: '2017-10-20', claimant: true, killed: quantity(14, 14, 14) }),
      'Islamic State armed clash against Iraqi army in Tikrit, Salah ad Din, IQ on 2017-10-20 (claims): killed 14.'],
    [body({ sub: null, admin1: 'Kabul', country: 'AF', earliest: '2019-04-01', latest: '2019-04-07', killed: quantity(3, 4, null), wounded: quantity(null, null, null) }),
      'Unidentified actor incident in Kabul, AF on 2019-04-01/2019-04-07 (reported): killed 4 (3–open), wounded unspecified.'],
    [body({ sub: 'IED', name: 'Aden', admin1: 'Aden', captured: quantity(null, 2, 5) }),
      'Unidentified actor IED in Aden on date unknown (reported): captured 2 (?–5).'],
    [body({ sub: 'Attack', country: 'NG', best: '2021-05-06', claimant: true, killedOrWounded: quantity(20, 20, 20), perpetratorsKilled: quantity(2, 3, 4) }),
      'Unidentified actor attack in NG on 2021-05-06 (claims): killed or wounded 20, attackers killed 3 (2–4).'],
    [body({ actors: [actor('perpetrator', 'al-Shabaab'), actor('victim', 'civilians'), actor('target', 'Somali army')], sub: 'Other', name: 'Mogadishu', country: 'SO', best: '2018-02-23', killed: quantity(2, 2, 2), wounded: quantity(5, 5, 5), captured: quantity(1, 1, 1), perpetratorsKilled: quantity(null, null, null) }),
      'al-Shabaab other against civilians in Mogadishu, SO on 2018-02-23 (reported): killed 2, wounded 5, captured 1, attackers killed unspecified.'],
    // must NOT name a place when none is known, nor list figures that are null.
    [body({ actors: [actor('victim', 'civilians')], best: '2020-01-02' }), 'Unidentified actor armed clash against civilians on 2020-01-02 (reported).'],
  ];
  for (const [e, want] of rows) assert.equal(summarize(e), want);
});
