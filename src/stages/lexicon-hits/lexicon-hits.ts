// The cue and actor vocabularies (lexicon/cues.tsv, lexicon/actors.tsv), looked up on the document's tokens.
import type { ActorKind, Annotation, Cue } from '../../pipeline/annotations.js';
import type { Stage, StageInput } from '../../pipeline/stage.js';
import { loadTsv } from '../../lexicon/load.js';
import { PhraseDictionary } from '../../core/phrases.js';
import { tokenize, type Tokens } from '../../core/tokens.js';

const STAGE = 'lexicon-hits';

let cues: PhraseDictionary<{ cue: Cue; weapon: string | null }> | null = null;
let actors: PhraseDictionary<{ canonical: string; kind: ActorKind; ingroup: boolean }> | null = null;

function cueDictionary() {
  return cues ??= new PhraseDictionary(loadTsv('cues.tsv', ['term', 'cue', 'gtdWeapon']).map((r) => [r.term, { cue: r.cue as Cue, weapon: r.gtdWeapon || null }]));
}

function actorDictionary() {
  return actors ??= new PhraseDictionary(loadTsv('actors.tsv', ['term', 'canonical', 'kind', 'ingroup']).map((r) => [r.term, { canonical: r.canonical, kind: r.kind as ActorKind, ingroup: r.ingroup === 'yes' }]));
}

export function cueHits(text: string, tokens: Tokens = tokenize(text)) {
  return cueDictionary().match(text, tokens);
}

export function actorHits(text: string, tokens: Tokens = tokenize(text)) {
  return actorDictionary().match(text, tokens);
}

export const lexiconHitsStage: Stage = {
  name: STAGE,
  version: 3,
  kind: 'extractor',
  requires: [],
  provides: ['cue', 'actor'],
  run({ doc, tokens }: StageInput): Annotation[] {
    // Annotations made as the dictionaries meet their phrases: no list of hits in between.
    const out: Annotation[] = [];
    cueDictionary().visit(doc.text, tokens(), (start, end, v) => { out.push({ kind: 'cue', span: { start, end }, cue: v.cue, weapon: v.weapon, stage: STAGE, rule: 'cues.tsv' }); });
    actorDictionary().visit(doc.text, tokens(), (start, end, v) => { out.push({ kind: 'actor', span: { start, end }, canonical: v.canonical, actorKind: v.kind, ingroup: v.ingroup, stage: STAGE, rule: 'actors.tsv' }); });
    return out;
  },
};
