// The one engine entry point every front-end calls.
import './pipeline/heap-tuning.js';
import type { AnalysisResult, ClaimEvent, Fingerprints, Issue } from './core/types.js';
import type { Annotation } from './pipeline/annotations.js';
import { ISSUES } from './core/errors.js';
import { resolveOptions, type AnalyzeOptions, type ResolvedOptions } from './core/options.js';
import { STAGES } from './pipeline/stages.js';
import { checkOrder, pipelineFingerprint, PIPELINE_VERSION, runStages, runStagesEach } from './pipeline/run.js';
import { assess } from './assessment/assess.js';
import { fingerprints } from './fingerprint/fingerprints.js';
import { detectLanguage } from './core/language.js';
import { renderNeutral, type NeutralRendering } from './assessment/render.js';
import { lexiconHitsStage } from './stages/lexicon-hits/lexicon-hits.js';
import { assessmentCuesStage } from './stages/assessment-cues/assessment-cues.js';

checkOrder(STAGES);

export function analyze(text: string, opts: AnalyzeOptions = {}): AnalysisResult {
  return analyzeBatch([{ text, options: opts }])[0];
}

export interface BatchDocument { text: string; options?: AnalyzeOptions }

/** Documents analysed together, stage by stage (pipeline/run.ts): the same results as `analyze` one by one, faster for batches. */
export function analyzeBatch(docs: readonly BatchDocument[]): AnalysisResult[] {
  const options = docs.map((d) => resolveOptions(d.options));
  const prints = docs.map((d) => fingerprints(d.text));
  const ids = docs.map((d, i) => d.options?.id ?? `sha256:${prints[i].sha256.slice(0, 16)}`);
  const results = new Array<AnalysisResult>(docs.length);
  // Each result is built as soon as its document is through the last stage, its intermediates let go then.
  runStagesEach(STAGES, docs.map((d, i) => ({ doc: { id: ids[i], text: d.text, published: options[i].published }, options: options[i] })), (i, annotations) => {
    results[i] = result(docs[i].text, docs[i].options ?? {}, ids[i], options[i], prints[i], annotations);
  });
  return results;
}

function result(text: string, opts: AnalyzeOptions, id: string, options: ResolvedOptions, prints: Fingerprints, annotations: readonly Annotation[]): AnalysisResult {
  const events: ClaimEvent[] = [];
  const issues: Issue[] = [];
  for (const a of annotations) {
    if (a.kind === 'event') events.push(a.event);
    else if (a.kind === 'issue') issues.push({ code: a.code, message: ISSUES[a.code], span: a.span });
  }
  const language = detectLanguage(text);
  if (language !== 'en') issues.push({ code: 'document.language_unsupported', message: ISSUES['document.language_unsupported'] });
  if (events.length === 0) issues.push({ code: 'document.no_incidents', message: ISSUES['document.no_incidents'] });
  return {
    schemaVersion: 1,
    document: { id, sha256: prints.sha256, chars: text.length, language, published: options.published, ...(opts.title ? { title: opts.title } : {}) },
    assessment: assess(text, annotations, options.assessment),
    fingerprints: prints,
    events,
    issues,
    pipeline: { version: PIPELINE_VERSION, fingerprint: pipelineFingerprint(STAGES, options) },
  };
}

const RENDER_STAGES = [lexiconHitsStage, assessmentCuesStage];
checkOrder(RENDER_STAGES);

/** Reduced-exposure reading: the text with the group's wording replaced by neutral renderings, and the offset map back. */
export function renderNeutralText(text: string): NeutralRendering {
  const options = resolveOptions({});
  return renderNeutral(text, runStages(RENDER_STAGES, { id: 'render', text, published: null }, options));
}
