// The one engine entry point every front-end calls.
import type { AnalysisResult, ClaimEvent, Issue } from './core/types.js';
import { ISSUES } from './core/errors.js';
import { resolveOptions, type AnalyzeOptions } from './core/options.js';
import { STAGES } from './pipeline/stages.js';
import { checkOrder, pipelineFingerprint, PIPELINE_VERSION, runStages } from './pipeline/run.js';
import { assess } from './assessment/assess.js';
import { fingerprints } from './fingerprint/fingerprints.js';
import { detectLanguage } from './core/language.js';
import { renderNeutral, type NeutralRendering } from './assessment/render.js';
import { lexiconHitsStage } from './stages/lexicon-hits/lexicon-hits.js';
import { assessmentCuesStage } from './stages/assessment-cues/assessment-cues.js';

checkOrder(STAGES);

export function analyze(text: string, opts: AnalyzeOptions = {}): AnalysisResult {
  const options = resolveOptions(opts);
  const prints = fingerprints(text);
  const id = opts.id ?? `sha256:${prints.sha256.slice(0, 16)}`;
  const annotations = runStages(STAGES, { id, text, published: options.published }, options);
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
