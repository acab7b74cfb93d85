// The cue and actor vocabularies (lexicon/cues.tsv, lexicon/actors.tsv), looked up on the document's tokens.
import type { ActorKind, Annotation, Cue } from '../../pipeline/annotations.js';
import type { Stage, StageInput } from '../../pipeline/stage.js';
import { loadTsv } from '../../lexicon/load.js';
import { PhraseDictionary } from '../../core/phrases.js';
import { tokenize, type Tokens } from '../../core/tokens.js';

const STAGE = 'lexicon-hits';

let cues: PhraseDictionary<{ cue: Cue; weapon: string | null }> | null = null;
let actors: PhraseDictionary<{ canonical: string; kind: ActorKind; ingroup: boolean }> | null = null;

export function cueHits(text: string, tokens: Tokens = tokenize(text)) {
  cues ??= new PhraseDictionary(loadTsv('cues.tsv', ['term', 'cue', 'gtdWeapon']).map((r) => [r.term, { cue: r.cue as Cue, weapon: r.gtdWeapon || null }]));
  return cues.match(text, tokens);
}

export function actorHits(text: string, tokens: Tokens = tokenize(text)) {
  actors ??= new PhraseDictionary(loadTsv('actors.tsv', ['term', 'canonical', 'kind', 'ingroup']).map((r) => [r.term, { canonical: r.canonical, kind: r.kind as ActorKind, ingroup: r.ingroup === 'yes' }]));
  return actors.match(text, tokens);
}

export const lexiconHitsStage: Stage = {
  name: STAGE,
  version: 3,
  kind: 'extractor',
  requires: [],
  provides: ['cue', 'actor'],
  run({ doc, tokens }: StageInput): Annotation[] {
    const out: Annotation[] = [];
    for (const h of cueHits(doc.text, tokens())) out.push({ kind: 'cue', span: { start: h.start, end: h.end }, cue: h.value.cue, weapon: h.value.weapon, stage: STAGE, rule: 'cues.tsv' });
    for (const h of actorHits(doc.text, tokens())) out.push({ kind: 'actor', span: { start: h.start, end: h.end }, canonical: h.value.canonical, actorKind: h.value.kind, ingroup: h.value.ingroup, stage: STAGE, rule: 'actors.tsv' });
    return out;
  },
};
