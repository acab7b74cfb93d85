// One pass each for the cue and actor vocabularies (lexicon/cues.tsv, lexicon/actors.tsv).
import type { ActorKind, Annotation, Cue } from '../../pipeline/annotations.js';
import type { Stage, StageInput } from '../../pipeline/stage.js';
import { alternation, loadTsv } from '../../lexicon/load.js';

const STAGE = 'lexicon-hits';

interface Vocabulary<T> { mixed: RegExp; upper: RegExp | null; lookup: Map<string, T> }

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isAcronym = (t: string) => /^[A-Z][A-Z-]+s?$/.test(t);
const key = (t: string) => t.toLowerCase().replace(/['’‘ʿʻ`]/g, '').replace(/[\s\-‐–]+/g, ' ');

function vocabulary<T>(rows: readonly Readonly<Record<string, string>>[], value: (r: Readonly<Record<string, string>>) => T): Vocabulary<T> {
  const lookup = new Map<string, T>();
  for (const r of rows) if (!lookup.has(key(r.term))) lookup.set(key(r.term), value(r));
  const terms = rows.map((r) => r.term);
  const mixed = terms.filter((t) => !isAcronym(t));
  const upper = terms.filter(isAcronym);
  // The start edge is checked in scan(): a leading Unicode lookbehind would run at every position.
  const edge = (src: string) => `(?:${src})(?![\\p{L}\\p{N}])`;
  return {
    mixed: new RegExp(edge(alternation(mixed)), 'giu'),
    upper: upper.length ? new RegExp(edge(alternation(upper)), 'gu') : null,
    lookup,
  };
}

function scan<T>(text: string, v: Vocabulary<T>): { start: number; end: number; value: T }[] {
  const out: { start: number; end: number; value: T }[] = [];
  for (const re of [v.mixed, v.upper]) {
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index > 0 && WORD_CHAR.test(text[m.index - 1])) { re.lastIndex = m.index + 1; continue; }
      const value = v.lookup.get(key(m[0]));
      if (value !== undefined) out.push({ start: m.index, end: m.index + m[0].length, value });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

let cues: Vocabulary<{ cue: Cue; weapon: string | null }> | null = null;
let actors: Vocabulary<{ canonical: string; kind: ActorKind; ingroup: boolean }> | null = null;

export function cueHits(text: string) {
  cues ??= vocabulary(loadTsv('cues.tsv', ['term', 'cue', 'gtdWeapon']), (r) => ({ cue: r.cue as Cue, weapon: r.gtdWeapon || null }));
  return scan(text, cues);
}

export function actorHits(text: string) {
  actors ??= vocabulary(loadTsv('actors.tsv', ['term', 'canonical', 'kind', 'ingroup']), (r) => ({ canonical: r.canonical, kind: r.kind as ActorKind, ingroup: r.ingroup === 'yes' }));
  return scan(text, actors);
}

export const lexiconHitsStage: Stage = {
  name: STAGE,
  version: 1,
  kind: 'extractor',
  requires: [],
  provides: ['cue', 'actor'],
  run({ doc }: StageInput): Annotation[] {
    const out: Annotation[] = [];
    for (const h of cueHits(doc.text)) out.push({ kind: 'cue', span: { start: h.start, end: h.end }, cue: h.value.cue, weapon: h.value.weapon, stage: STAGE, rule: 'cues.tsv' });
    for (const h of actorHits(doc.text)) out.push({ kind: 'actor', span: { start: h.start, end: h.end }, canonical: h.value.canonical, actorKind: h.value.kind, ingroup: h.value.ingroup, stage: STAGE, rule: 'actors.tsv' });
    return out;
  },
};
