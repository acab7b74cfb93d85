// Run: node --import tsx --test src/stages/materiel/twins.test.ts
import { twinsMatchAlike, wordsOf } from '../../core/ascii-twin.testing.js';
import { materielPatterns } from './materiel.js';

const patterns = materielPatterns();
const phrases = [
  'destroyed two tanks', 'destroying a T-72 tank', 'seized 3 Humvees', 'two tanks were destroyed', 'a bulldozer and a Humvee', ', an APC and three Humvees',
  'two armoured vehicles were reportedly damaged', 'set fire to a vehicle', 'shot down a drone', 'took control of the village of Hit',
  'recaptured the towns of Rawa and Anah', 'captured 5 villages', 'retook al-Bab, Tal Shair hill and Dabiq', 'overran the Jihar field',
  'imposed full control over the neighbourhoods of the Jihar gas field', 'liberated the T3 pumping station', 'Humvee', 'tanks', 'APC', 'ʿAyn ʿIsa',
];
twinsMatchAlike('materiel and territory', patterns, [...wordsOf(patterns), ...phrases]);
