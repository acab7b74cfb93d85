// Phrases that speak to a text's voice (glorification, "our brother", threats) or to its purpose
// (attribution, hedging, analysis, citations, bylines): read once here, weighed by the assessment.
import type { Annotation } from '../../pipeline/annotations.js';
import type { Stage, StageInput } from '../../pipeline/stage.js';
import { loadTsv } from '../../lexicon/load.js';
import { PhraseDictionary } from '../../core/phrases.js';
import { tokenize, type Tokens } from '../../core/tokens.js';

const STAGE = 'assessment-cues';

// Structural cues no phrase list holds: "(Smith 2019)", "(Smith and Jones, 2018)", "et al.", links; a byline line.
const CITATION = /\((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:et\s+al\.|and\s+\p{Lu}[\p{L}'’-]+))?,?\s+(?:19|20)\d\d[a-z]?(?:,\s*p+\.\s*\d+)?\)|\bet\s+al\.|\bhttps?:\/\/\S+|\bdoi:\s*\S+/gu;
const BYLINE = /^(?:By\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}|\(?(?:Reporting|Writing|Editing|Additional\s+reporting)\s+by\s+[^\n]{3,80})\s*$/gmu;

// The claimant's own forms: counting the enemy as "of them", its province names inside sentences,
// its agency's or statement's header opening the text.
const ENEMY_COUNT = /\b(?:killing|wounding|killed|wounded|injuring)\s+(?:and\s+(?:wounding|injuring)\s+)?(?:(?:more\s+than|at\s+least|around|about|over|dozens|scores|several|tens|a\s+number)\s+)?(?:\d+|[a-z]+)(?:\s+of)?\s+of\s+them\b|\b(?:killing|wounding)\s+(?:\d+|[a-z]+)\s+of\s+them\b/giu;
const PROVINCE_IN_TEXT = /(?<=\S[^\S\n]*)\b(?:Wilayat|Wilayah\s+of)\s+(?:al-|as-|ar-|ash-)?\p{Lu}[\p{L}'’-]+/gu;
const OWN_HEADER = /^\s*(?:(?:Amaq|A['’]maq)(?:\s+News)?(?:\s+Agency)?\s*:|Statement\s*\n)/iu;

let phrases: PhraseDictionary<string> | null = null;

export function assessmentCueHits(text: string, tokens: Tokens = tokenize(text)): { start: number; end: number; code: string; rule: string }[] {
  phrases ??= new PhraseDictionary(loadTsv('assessment-cues.tsv', ['phrase', 'code']).map((r) => [r.phrase, r.code]));
  const out = phrases.match(text, tokens).map((h) => ({ start: h.start, end: h.end, code: h.value, rule: 'assessment-cues.tsv' }));
  const own = OWN_HEADER.exec(text);
  if (own) out.push({ start: own.index + own[0].length - own[0].trimStart().length, end: own.index + own[0].trimEnd().length, code: 'voice.own_agency', rule: 'voice.own_agency' });
  for (const [re, code] of [[CITATION, 'purpose.citation'], [BYLINE, 'purpose.byline'], [ENEMY_COUNT, 'voice.enemy_count'], [PROVINCE_IN_TEXT, 'voice.province_name']] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, code, rule: code });
  }
  return out.sort((a, b) => a.start - b.start);
}

export const assessmentCuesStage: Stage = {
  name: STAGE,
  version: 2,
  kind: 'extractor',
  requires: [],
  provides: ['assessment-cue'],
  run({ doc, tokens }: StageInput): Annotation[] {
    return assessmentCueHits(doc.text, tokens()).map((h) => ({ kind: 'assessment-cue', code: h.code, span: { start: h.start, end: h.end }, stage: STAGE, rule: h.rule }));
  },
};
