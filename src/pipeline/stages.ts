// THE ordered list of stages. Order is checked once (requires/provides) when the engine starts.
import type { Stage } from './stage.js';
import { structureStage } from '../stages/structure/structure.js';
import { dateMentionsStage } from '../stages/dates/date-mentions.js';
import { lexiconHitsStage } from '../stages/lexicon-hits/lexicon-hits.js';
import { assessmentCuesStage } from '../stages/assessment-cues/assessment-cues.js';
import { casualtiesStage } from '../stages/casualties/casualties.js';
import { materielStage } from '../stages/materiel/materiel.js';
import { placesStage } from '../stages/places/places.js';
import { segmentStage } from '../stages/segment/segment.js';
import { assembleStage } from '../stages/events/assemble.js';

export const STAGES: readonly Stage[] = Object.freeze([
  structureStage,
  dateMentionsStage,
  lexiconHitsStage,
  assessmentCuesStage,
  casualtiesStage,
  materielStage,
  placesStage,
  segmentStage,
  assembleStage,
]);
