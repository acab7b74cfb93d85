// Run: node --import tsx --test src/stages/casualties/twins.test.ts
import { twinsMatchAlike, wordsOf } from '../../core/ascii-twin.testing.js';
import { casualtyRules } from './casualties.js';
import { countContextPatterns } from './count-context.js';
import { TAIL } from './tail.js';

const patterns = [...casualtyRules().map((r) => r.sticky), countContextPatterns().before, countContextPatterns().after, new RegExp(TAIL, 'iuy')];
const phrases = [
  'killed 12 soldiers', 'killing two civilians', 'killed and wounded 5 people', 'the killing and wounding of 3', '3 soldiers were killed and wounded',
  '4 casualties', 'inflicting heavy casualties', 'two brothers attained shahadah', 'attained shahadah', 'two of the attackers were killed',
  'the attacker was shot dead', 'blew himself up', 'shot the two attackers dead', 'killing him', 'shooting them dead', 'killing its crew of two',
  'its pilot was killed', 'killing the driver', 'left 3 people dead', 'leaving 4 soldiers wounded', 'killing an officer and 3 soldiers',
  'executed 5 men', 'toll rose to 14', 'the deaths of 7', 'twelve soldiers were reportedly killed', 'wounding at least 3', 'wounding others',
  '5 civilians were injured', 'capturing the commander', 'captured 3 fighters', 'capturing a Humvee and two soldiers', '2 soldiers were taken prisoner',
  '12 March', 'of Safar', 'in 2016', 'Route 7', 'more than 20', 'dozens of', 'the army’s officers', 'Rabiʿ', 'soldiers', 'attackers',
];
twinsMatchAlike('casualties', patterns, [...wordsOf(patterns), ...phrases]);
