// findCasualties: field, low/best/high and the number span for each casualty statement.
// Every sentence is invented and flat. Run: node --import tsx --test src/stages/casualties/casualties.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { articleOf, atTopLevel, casualtyRules, findCasualties, firstWord, quantitySpan, type CasualtyHit } from './casualties.js';
import { countContextPatterns } from './count-context.js';
import { parseQuantity } from './quantity.js';
import { nounTailEnd } from './tail.js';
import { tokenize } from '../../core/tokens.js';
import type { CasualtyField } from '../../core/types.js';

type Range = readonly [number | null, number | null, number | null];

interface Row {
  sentence: string;
  field: CasualtyField;
  value: Range;
  /** Text at the returned `number` offsets: the figure, or the whole statement when there is none ("a", "the"). */
  number: string;
  /** Text at the returned [start, end). */
  match: string;
}

const NO_FIGURE: Range = [null, null, null];

function only(hits: readonly CasualtyHit[], field: CasualtyField, sentence: string): CasualtyHit {
  const of = hits.filter((h) => h.field === field);
  assert.equal(of.length, 1, `${sentence}: expected one '${field}' hit, got ${JSON.stringify(hits)}`);
  return of[0];
}

function checkRow(row: Row): void {
  const at = row.sentence.indexOf(row.number);
  assert.ok(at >= 0 && row.sentence.indexOf(row.number, at + 1) === -1, `fixture: '${row.number}' must occur once in the sentence`);
  const hit = only(findCasualties(row.sentence), row.field, row.sentence);
  assert.deepEqual([hit.value.low, hit.value.best, hit.value.high], row.value);
  assert.equal(row.sentence.slice(hit.number.start, hit.number.end), row.number);
  assert.equal(hit.number.start, at);
  assert.equal(row.sentence.slice(hit.start, hit.end), row.match);
}

const table = (name: string, rows: readonly Row[]) =>
  describe(name, () => {
    for (const row of rows) test(`${row.field} ${JSON.stringify(row.value)} from "${row.sentence}"`, () => checkRow(row));
  });

table('killed and wounded, active and passive', [
  { sentence: 'Soldiers of the Khilafah attacked a checkpoint of the Rafidi army, killing seven of them.', field: 'killed', value: [7, 7, 7], number: 'seven', match: 'killing seven of them' },
  { sentence: 'Soldiers of the Khilafah killed two soldiers of the Nusayri army near the airport.', field: 'killed', value: [2, 2, 2], number: 'two', match: 'killed two soldiers of the Nusayri army' },
  { sentence: 'Four soldiers were killed in the attack.', field: 'killed', value: [4, 4, 4], number: 'Four', match: 'Four soldiers were killed' },
  { sentence: 'A policeman was killed in the attack.', field: 'killed', value: [1, 1, 1], number: 'A policeman was killed', match: 'A policeman was killed' },
  { sentence: 'They shelled the position, killing around 25 of them.', field: 'killed', value: [20, 25, 30], number: 'around 25', match: 'killing around 25 of them' },
  { sentence: 'More than 30 murtaddin were killed in the clash.', field: 'killed', value: [31, 31, null], number: 'More than 30', match: 'More than 30 murtaddin were killed' },
  { sentence: 'The bomb killed at least 17 people in the market.', field: 'killed', value: [17, 17, null], number: 'at least 17', match: 'killed at least 17 people' },
  { sentence: 'They raided the barracks, killing a dozen soldiers.', field: 'killed', value: [12, 12, 12], number: 'a dozen', match: 'killing a dozen soldiers' },
  { sentence: 'They attacked the base, killing 1,200 soldiers.', field: 'killed', value: [1200, 1200, 1200], number: '1,200', match: 'killing 1,200 soldiers' },
  { sentence: 'The attack left 12 dead.', field: 'killed', value: [12, 12, 12], number: '12', match: 'left 12 dead' },
  // A thousands separator is no clause break: the passive count is the whole number.
  { sentence: '1,500 soldiers were killed in the offensive.', field: 'killed', value: [1500, 1500, 1500], number: '1,500', match: '1,500 soldiers were killed' },
  { sentence: 'In all, more than 2,000 fighters were wounded.', field: 'wounded', value: [2001, 2001, null], number: 'more than 2,000', match: 'more than 2,000 fighters were wounded' },
  // A comma between two counts still breaks the clause: the count nearest the verb is read.
  { sentence: 'Of the 40 on board, 12 were killed.', field: 'killed', value: [12, 12, 12], number: '12', match: '12 were killed' },
  { sentence: 'They attacked a patrol, killing two of them and wounding five.', field: 'wounded', value: [5, 5, 5], number: 'five', match: 'wounding five' },
  { sentence: 'The blast wounded five soldiers of the Nusayri army.', field: 'wounded', value: [5, 5, 5], number: 'five', match: 'wounded five' },
  { sentence: 'Three policemen were wounded in the blast.', field: 'wounded', value: [3, 3, 3], number: 'Three', match: 'Three policemen were wounded' },
  { sentence: 'They targeted a gathering with rockets, wounding about 10 of them.', field: 'wounded', value: [8, 10, 12], number: 'about 10', match: 'wounding about 10' },
  { sentence: 'The bomb wounded more than 30 people.', field: 'wounded', value: [31, 31, null], number: 'more than 30', match: 'wounded more than 30' },
  { sentence: 'They shelled the airport, wounding dozens.', field: 'wounded', value: [24, 36, 99], number: 'dozens', match: 'wounding dozens' },
  { sentence: 'They attacked the position, killing five of them and wounding others.', field: 'wounded', value: NO_FIGURE, number: 'wounding others', match: 'wounding others' },
  { sentence: 'They destroyed a tank of the Nusayri army, killing its crew.', field: 'killed', value: NO_FIGURE, number: 'killing its crew', match: 'killing its crew' },
  { sentence: 'A bomb exploded at 10:30, killing three soldiers.', field: 'killed', value: [3, 3, 3], number: 'three', match: 'killing three soldiers' },
  { sentence: 'On the 14th of Safar, 12 soldiers were killed.', field: 'killed', value: [12, 12, 12], number: '12', match: '12 soldiers were killed' },
  { sentence: 'Five soldiers were killed in 2016.', field: 'killed', value: [5, 5, 5], number: 'Five', match: 'Five soldiers were killed' },
]);

table('a killed-and-wounded figure is one combined figure', [
  { sentence: 'They shelled the position, killing and wounding 12 of them.', field: 'killedOrWounded', value: [12, 12, 12], number: '12', match: 'killing and wounding 12' },
  { sentence: 'Eight soldiers were killed and wounded in the attack.', field: 'killedOrWounded', value: [8, 8, 8], number: 'Eight', match: 'Eight soldiers were killed and wounded' },
  { sentence: 'The attack led to the killing and wounding of dozens of them.', field: 'killedOrWounded', value: [24, 36, 99], number: 'dozens of', match: 'the killing and wounding of dozens of' },
  { sentence: 'They shelled those who came to help, killing and wounding several of them.', field: 'killedOrWounded', value: [3, 3, 9], number: 'several', match: 'killing and wounding several' },
  { sentence: 'Militants fired mortar rounds, killing or wounding 15 soldiers.', field: 'killedOrWounded', value: [15, 15, 15], number: '15', match: 'killing or wounding 15' },
]);

describe('a combined figure is never split into killed and wounded', () => {
  for (const sentence of [
    'They shelled the position, killing and wounding 12 of them.',
    'Eight soldiers were killed and wounded in the attack.',
    'The attack led to the killing and wounding of dozens of them.',
  ]) {
    test(sentence, () => {
      const fields = findCasualties(sentence).map((h) => h.field);
      assert.deepEqual(fields, ['killedOrWounded']);
    });
  }
});

table('captured', [
  { sentence: 'They attacked the checkpoint, capturing two soldiers of the Rafidi army.', field: 'captured', value: [2, 2, 2], number: 'two', match: 'capturing two soldiers of the Rafidi army' },
  { sentence: 'Three aid workers were abducted on the road.', field: 'captured', value: [3, 3, 3], number: 'Three', match: 'Three aid workers were abducted' },
  { sentence: 'Gunmen stopped a minibus and abducted seven of them.', field: 'captured', value: [7, 7, 7], number: 'seven', match: 'abducted seven of them' },
  { sentence: 'They killed nine of them, capturing four and seizing a tank.', field: 'captured', value: [4, 4, 4], number: 'four', match: 'capturing four' },
  { sentence: 'They took three soldiers prisoner.', field: 'captured', value: [3, 3, 3], number: 'three', match: 'took three soldiers prisoner' },
]);

table('perpetrators killed', [
  { sentence: 'The istishhadi was killed.', field: 'perpetratorsKilled', value: [1, 1, 1], number: 'The istishhadi was killed', match: 'The istishhadi was killed' },
  { sentence: 'The istishhadi Abu Salim al-Tahiri detonated his vehicle, attaining shahadah.', field: 'perpetratorsKilled', value: [1, 1, 1], number: 'attaining shahadah', match: 'attaining shahadah' },
  { sentence: 'Security forces killed three of the attackers.', field: 'perpetratorsKilled', value: [3, 3, 3], number: 'three', match: 'killed three of the attackers' },
  { sentence: 'Police shot the attacker dead.', field: 'perpetratorsKilled', value: [1, 1, 1], number: 'shot the attacker dead', match: 'shot the attacker dead' },
  { sentence: 'Three militants were killed in the clash.', field: 'perpetratorsKilled', value: [3, 3, 3], number: 'Three', match: 'Three militants were killed' },
  { sentence: 'Troops killed 11 of the attackers.', field: 'perpetratorsKilled', value: [11, 11, 11], number: '11', match: 'killed 11 of the attackers' },
  { sentence: 'The two attackers were shot dead by police.', field: 'perpetratorsKilled', value: [2, 2, 2], number: 'two', match: 'The two attackers were shot dead' },
  { sentence: 'The attackers were shot dead by police.', field: 'perpetratorsKilled', value: NO_FIGURE, number: 'The attackers were shot dead', match: 'The attackers were shot dead' },
  { sentence: 'Police shot the gunmen dead.', field: 'perpetratorsKilled', value: NO_FIGURE, number: 'shot the gunmen dead', match: 'shot the gunmen dead' },
]);

describe('attackers killed are not victims killed', () => {
  for (const sentence of ['The istishhadi was killed.', 'Security forces killed three of the attackers.', 'Police shot the attacker dead.']) {
    test(sentence, () => {
      assert.deepEqual(findCasualties(sentence).filter((h) => h.field === 'killed'), []);
    });
  }
});

// Numbers that are not people: calibres, model numbers, vehicle descriptors, ages, times, routes,
// distances, dates, years, materiel and rounds. Each sentence puts a casualty verb near the number.
const NOT_CASUALTIES: readonly string[] = [
  'Soldiers of the Khilafah shelled the base with a 120mm mortar.',
  'They fired 120 mm mortar rounds at the position.',
  'Soldiers of the Khilafah seized a 120mm mortar.',
  'They captured 23mm anti-aircraft guns.',
  'They targeted a helicopter with a 23mm anti-aircraft gun.',
  'They destroyed a T-72 tank of the Rafidi army.',
  'The T-72 was captured.',
  'They captured a T-72 near the bridge.',
  'They captured an RPG-7 and ammunition.',
  'They seized a 4x4 pick-up.',
  'They captured a 4x4 near the road.',
  'They left a 4x4 near the checkpoint.',
  'Police took a 23-year-old man to the station for questioning.',
  'The gunmen left a 23-year-old man at the roadside.',
  'At 10:30 soldiers of the Rafidi army were killed.',
  'On Route 7 soldiers were killed.',
  'On Highway 5 soldiers were wounded.',
  'About 60 km from the town soldiers were killed.',
  'Near kilometre 60 soldiers were wounded.',
  'On March 12 soldiers were wounded.',
  'On 14 Safar soldiers were killed.',
  'Soldiers of the Khilafah attacked a position, seizing two tanks.',
  'They captured two armoured personnel carriers.',
  'They attacked the base, capturing a Humvee.',
  'They seized 2,500 rounds of ammunition.',
  'They captured 2,500 rounds.',
  'In 2016 soldiers were killed in the town.',
  'Since 2014 fighters were captured in the area.',
];

describe('numbers that are not casualties', () => {
  for (const sentence of NOT_CASUALTIES) {
    test(sentence, () => {
      assert.deepEqual(findCasualties(sentence), []);
    });
  }
});

// A guard that rejects a number must not also swallow the real count right after it.
table('the real count after a rejected number', [
  { sentence: 'On Route 7 two soldiers were killed.', field: 'killed', value: [2, 2, 2], number: 'two', match: 'two soldiers were killed' },
  { sentence: 'On March 12 two soldiers were wounded.', field: 'wounded', value: [2, 2, 2], number: 'two', match: 'two soldiers were wounded' },
  { sentence: 'On 14 Safar three soldiers were killed.', field: 'killed', value: [3, 3, 3], number: 'three', match: 'three soldiers were killed' },
  { sentence: 'In 1999 two soldiers died.', field: 'killed', value: [2, 2, 2], number: 'two', match: 'two soldiers died' },
  { sentence: 'A 23-year-old man was killed in the attack.', field: 'killed', value: [1, 1, 1], number: 'A 23-year-old man was killed', match: 'A 23-year-old man was killed' },
  { sentence: 'The attack left 5 wounded.', field: 'wounded', value: [5, 5, 5], number: '5', match: 'left 5 wounded' },
]);


describe('closed gaps', () => {
  test('a person captured after a rejected materiel item is still counted', () => {
    const sentence = 'They attacked the base, capturing a Humvee and two soldiers.';
    const hit = only(findCasualties(sentence), 'captured', sentence);
    assert.equal(hit.value.best, 2);
  });
  test('an item after people is no extra capture', () => {
    const sentence = 'They stormed the post, capturing two soldiers and a Humvee.';
    const hit = only(findCasualties(sentence), 'captured', sentence);
    assert.equal(hit.value.best, 2);
  });
  test('"killing the driver" is one killed', () => {
    const sentence = 'They fired at the truck, killing the driver.';
    const hit = only(findCasualties(sentence), 'killed', sentence);
    assert.deepEqual([hit.value.low, hit.value.best, hit.value.high], [1, 1, 1]);
  });
});

table('a pronoun after the killing verb: one for him or her, no figure for them', [
  { sentence: 'A sniper of the Khilafah targeted an element of the army at a checkpoint, killing him.', field: 'killed', value: [1, 1, 1], number: 'killing him', match: 'killing him' },
  { sentence: 'They stopped the mukhtar near the village, shooting him dead.', field: 'killed', value: [1, 1, 1], number: 'shooting him dead', match: 'shooting him dead' },
  { sentence: 'They detonated a device on the tank, killing those inside.', field: 'killed', value: NO_FIGURE, number: 'killing those inside', match: 'killing those inside' },
  { sentence: 'They raided the house of the spies, killing them.', field: 'killed', value: NO_FIGURE, number: 'killing them', match: 'killing them' },
  { sentence: 'Police shot the gunman near the station, killing him.', field: 'perpetratorsKilled', value: [1, 1, 1], number: 'killing him', match: 'killing him' },
]);

table('plural in-group words for attackers', [
  { sentence: 'Two of the inghimasiyyin were killed in the clashes.', field: 'perpetratorsKilled', value: [2, 2, 2], number: 'Two', match: 'Two of the inghimasiyyin were killed' },
  { sentence: 'Three istishhadiyyin were killed in the attack.', field: 'perpetratorsKilled', value: [3, 3, 3], number: 'Three', match: 'Three istishhadiyyin were killed' },
]);

table('coordinated counts of people are summed', [
  { sentence: 'They targeted a vehicle near Baiji, killing an officer and 3 soldiers.', field: 'killed', value: [4, 4, 4], number: 'an officer and 3 soldiers', match: 'killing an officer and 3 soldiers' },
  { sentence: 'The blast struck the post, killing 5 soldiers and 2 policemen, officials said.', field: 'killed', value: [7, 7, 7], number: '5 soldiers and 2 policemen', match: 'killing 5 soldiers and 2 policemen' },
  { sentence: 'They shelled the base, killing about 10 soldiers and 2 officers.', field: 'killed', value: [10, 12, 14], number: 'about 10 soldiers and 2 officers', match: 'killing about 10 soldiers and 2 officers' },
]);

table('counts, crews and single persons stated in other ways', [
  { sentence: 'Two brothers attained shahadah in the clashes.', field: 'perpetratorsKilled', value: [2, 2, 2], number: 'Two', match: 'Two brothers attained shahadah' },
  { sentence: 'Three of the attackers attained shahadah.', field: 'perpetratorsKilled', value: [3, 3, 3], number: 'Three', match: 'Three of the attackers attained shahadah' },
  { sentence: 'The istishhadi brother attained shahadah.', field: 'perpetratorsKilled', value: [1, 1, 1], number: 'attained shahadah', match: 'attained shahadah' },
  { sentence: 'A bomber on foot blew himself up at the gate.', field: 'perpetratorsKilled', value: [1, 1, 1], number: 'blew himself up', match: 'blew himself up' },
  { sentence: 'They shot down a helicopter, killing its crew of two.', field: 'killed', value: [2, 2, 2], number: 'two', match: 'killing its crew of two' },
  { sentence: 'They shot down a warplane near the town, and its pilot was killed.', field: 'killed', value: [1, 1, 1], number: 'its pilot was killed', match: 'its pilot was killed' },
  { sentence: 'They abducted the mukhtar of the village near the road.', field: 'captured', value: [1, 1, 1], number: 'abducted the mukhtar', match: 'abducted the mukhtar' },
  { sentence: 'They abducted three truck drivers on the road.', field: 'captured', value: [3, 3, 3], number: 'three', match: 'abducted three truck drivers on' },
  { sentence: 'Officials revised the figures, raising the death toll to 14.', field: 'killed', value: [14, 14, 14], number: '14', match: 'toll to 14' },
  { sentence: 'The toll has risen to more than 20, officials said.', field: 'killed', value: [21, 21, null], number: 'more than 20', match: 'toll has risen to more than 20' },
]);

describe('no casualty from these look-alikes', () => {
  const rows: readonly string[] = [
    'Two brothers carried out the attack.',
    'They blew up the bridge near the town.',
    'The attacker blew up the car near the gate.',
    'Its pilot was rescued after the crash.',
    'They abducted the truck near the checkpoint.',
    'They destroyed three trucks of the army.',
    'They captured two armoured trucks and their drivers.',
    'The convoy left the toll road at the junction.',
    'The war has taken a heavy toll on the region.',
  ];
  for (const sentence of rows) test(sentence, () => assert.deepEqual(findCasualties(sentence), []));
});

describe('rules that open before their trigger', () => {
  // findTriggered skips the trigger itself as a start for them (startsBefore): no such match may open there.
  const counted = ['3 soldiers were killed', 'two of the attackers were killed and wounded', 'the attacker', 'its pilot was killed'];
  for (const rule of casualtyRules().filter((r) => r.startsBefore)) {
    test(`${rule.name}: never opens at a trigger`, () => {
      for (const t of rule.triggers) {
        assert.equal(rule.starts?.has(t) ?? false, false, `${t} opens ${rule.name}`);
        for (const rest of counted) {
          rule.sticky.lastIndex = 0;
          assert.equal(rule.sticky.exec(`${t} ${rest}`), null, `${rule.name} at '${t} ${rest}'`);
        }
      }
    });
  }
  test('every rule with a lookback opens before its trigger', () => {
    assert.deepEqual(casualtyRules().filter((r) => r.lookback > 0 && !r.startsBefore).map((r) => r.name), []);
  });
});

describe('firstWord', () => {
  const rows: [string, string][] = [['taking two soldiers', 'taking'], ['took', 'took'], ['', ''], [' seized', ''], ['seized\u00a0them', 'seized'], ['a\u2028b', 'a'], ['x-y,z\tq', 'x-y,z']];
  for (const [s, word] of rows) test(JSON.stringify(s), () => assert.equal(firstWord(s), word));
  test('is split(/\\s/)[0]', () => {
    const chars = fc.constantFrom('a', 'T', '-', ',', ' ', '\t', '\n', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e');
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }).map((a) => a.join('')), (s) => firstWord(s) === s.split(/\s/)[0]), { numRuns: 5000 });
  });
});

describe('articleOf', () => {
  const rows: [string, string | null][] = [['the', 'the'], ['The', 'the'], ['THE', 'the'], ['a', 'a'], ['A', 'a'], ['an', 'an'], ['AN', 'an'], ['', null], ['th', null], ['then', null], [' a', null], ['one', null], ['aN', 'an'], ['\u212ahe', null], ['ſ', null]];
  for (const [q, article] of rows) test(JSON.stringify(q), () => assert.equal(articleOf(q), article));
  test('is /^(?:the|an?)$/i', () => {
    const chars = fc.constantFrom('t', 'T', 'h', 'H', 'e', 'E', 'a', 'A', 'n', 'N', ' ', 'x', '\u212a', '\u0131', '\u0130', 'ſ', 'ⓐ', '\u00e0');
    fc.assert(fc.property(fc.array(chars, { maxLength: 4 }).map((a) => a.join('')), (q) => {
      const article = articleOf(q);
      return (article !== null) === /^(?:the|an?)$/i.test(q) && (article === null || article === q.toLowerCase());
    }), { numRuns: 20000 });
  });
});

describe('rules whose count follows their own verb skip the before-check', () => {
  // No month, route or year word can stand right before such a count: the before pattern passes at every one.
  const pieces = fc.constantFrom(' ', '  ', '\n', '\u00a0', '.', ',', '-', ':', 'killing', 'Killed', 'kill', 'kills', 'shot', 'dead', 'shooting', 'executed', 'beheading', 'wounding', 'wounded', 'wound',
    'injured', 'and', 'or', 'left', 'leaving', 'capturing', 'took', 'seized', 'abduct', 'a', 'an', 'the', 'truck', '12', '2016', '1999', '1,500', 'two', 'dozens', 'at least', 'no fewer than',
    'soldiers', 'of them', 'Jan', 'March', 'Sept', 'May', 'Safar', 'Route', 'km', 'No.', 'number', 'in', 'since', 'of', 'year', 'early', '\u212aill', 'ſhot', '’', 'the killing of', 'toll of', 'killed in', 'the deaths of ');
  const rules = casualtyRules().filter((r) => r.countAfterVerb);
  test('they are the verb-led rules', () => {
    assert.deepEqual(rules.map((r) => r.name).sort(), ['captured-active', 'captured-after-item', 'combined-verb', 'killed-active', 'killed-coordinated', 'killed-left', 'wounded-active', 'wounded-left']);
  });
  test('the before pattern passes at each of their counts', () => {
    const { before } = countContextPatterns();
    fc.assert(fc.property(fc.array(pieces, { maxLength: 10 }).map((a) => a.join('')), (text) => {
      for (const rule of rules) {
        for (let at = 0; at < text.length; at++) {
          rule.sticky.lastIndex = at;
          const m = rule.sticky.exec(text);
          if (!m?.groups?.pre || m.groups.q === undefined) continue;
          before.lastIndex = at + m.groups.pre.length;
          if (!before.test(text)) return false;
        }
      }
      return true;
    }), { numRuns: 3000 });
  });
});

describe('captured-after-item is tried only where an "and" before a count follows', () => {
  const rule = casualtyRules().find((r) => r.name === 'captured-after-item')!;
  const triggers = new Set(rule.triggers);
  // Its hits name people after the count: wherever the pattern finds a count that parses with noun words after it, the gate passes.
  const pieces = fc.constantFrom(' ', '  ', '\n', ',', '-', '’', "'", 'capturing', 'Seized', 'took', 'a', 'an', 'the', 'two', 'five', '3', 'truck', 'T', '62', 'tank', 'and', 'AND', 'six', 'ſix', 'dozens', 'of',
    'a dozen', 'at least', 'soldiers', 'rounds', 'abducting', 'x');
  test('the gate passes wherever a hit can come from', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 14 }).map((a) => a.join('')), (text) => {
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.count; i++) {
        if (!triggers.has(tokens.key[i])) continue;
        rule.sticky.lastIndex = tokens.start[i];
        const m = rule.sticky.exec(text);
        if (!m || parseQuantity(m.groups!.q) === null || nounTailEnd(text, m.index + m[0].length) === m.index + m[0].length) continue;
        if (!rule.gate!(tokens, i, text)) return false;
      }
      return true;
    }), { numRuns: 20000 });
  });
  const rows: [string, number][] = [
    ['capturing a Humvee and two soldiers', 1],
    ['seizing a T-62 tank and 3 soldiers', 1],
    ["took the army's truck and five of them", 1],
    // no count after the "and", or none at all: no hit
    ['capturing a Humvee and abducting soldiers', 0],
    ['capturing a Humvee. And two soldiers', 0],
  ];
  for (const [text, n] of rows) test(JSON.stringify(text), () => assert.equal(findCasualties(text).filter((h) => h.rule === 'captured-after-item').length, n));
});

describe('atTopLevel', () => {
  // At the q group of each pattern.
  const rows: [string, boolean][] = [
    ['\\b(?:a|b)\\s+(?<q>x)', true],
    ['(?:\\s+of\\s+(?<q>x))?', false],
    ['\\(a(?<q>x)', true],
    ['[(]a(?<q>x)', true],
    ['[\\]()]a(?<q>x)', true],
    ['(?:the\\s+(?=(?:one|two)\\s))?(?<q>x)', true],
    ['(a(?<q>x))', false],
    ['\\\\((?<q>x))', false],
  ];
  for (const [src, want] of rows) test(src, () => assert.equal(atTopLevel(src, src.indexOf('(?<q>')), want));
});

describe("quantitySpan: a count's offsets from the pre group are its match indices", () => {
  const sentences = [
    'killing 3 soldiers', 'wounding about 20 civilians', 'the two attackers were killed', 'police shot the gunman dead',
    'shot two of the gunmen dead', 'killing the driver', 'killing its crew of two', 'The death toll rose to 14',
    'abducting the mukhtar', 'three soldiers were killed and wounded', 'killing an officer and 3 soldiers', 'capturing a Humvee and two soldiers',
    'left 4 people dead', 'the killing of 12 people', 'Two brothers attained shahadah', '1,500 casualties',
  ];
  for (const rule of casualtyRules()) {
    test(rule.name, () => {
      const withIndices = new RegExp(rule.sticky.source, 'iuyd');
      for (const s of sentences) for (let at = 0; at < s.length; at++) {
        rule.sticky.lastIndex = at;
        withIndices.lastIndex = at;
        const m = rule.sticky.exec(s);
        const d = withIndices.exec(s);
        assert.equal(m?.[0], d?.[0]);
        if (m && d) assert.deepEqual(quantitySpan(m), d.indices!.groups === undefined ? d.indices![1] : d.indices!.groups.q, `${rule.name} at ${at} of ${s}`);
      }
    });
  }
});

