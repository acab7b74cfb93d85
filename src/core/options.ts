// Options are validated once at the boundary and frozen; stages read them through their input only.
import { ClaimScopeError } from './errors.js';
import { parseIsoDate } from './iso-date.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import { defaultGazetteer } from '../geo/geonames-gazetteer.js';
import { DEFAULT_ASSESSMENT, type AssessmentOptions } from '../assessment/assess.js';

export interface AnalyzeOptions {
  id?: string;
  published?: string | null;
  title?: string;
  gazetteer?: Gazetteer;
  /** Score thresholds of the assessment (defaults: propaganda at 0.5, review at 0.3). */
  assessment?: Partial<AssessmentOptions>;
}

export interface ResolvedOptions {
  readonly published: string | null;
  readonly gazetteer: Gazetteer;
  readonly assessment: AssessmentOptions;
  /** What enters the pipeline fingerprint: options that change results, not per-document values. */
  readonly fingerprintable: Readonly<{ gazetteer: string; assessment: AssessmentOptions }>;
}

export function resolveOptions(opts: AnalyzeOptions = {}): ResolvedOptions {
  const published = opts.published ?? null;
  if (published !== null && parseIsoDate(published) === null) {
    throw new ClaimScopeError('usage.bad_date', `published '${published}'`);
  }
  const gazetteer = opts.gazetteer ?? defaultGazetteer();
  const assessment = opts.assessment ? Object.freeze({ ...DEFAULT_ASSESSMENT, ...opts.assessment }) : DEFAULT_ASSESSMENT;
  for (const [name, v] of Object.entries(assessment)) {
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new ClaimScopeError('usage.bad_option', `assessment ${name} must be a number from 0 to 1`);
  }
  const fingerprintable = assessment === DEFAULT_ASSESSMENT ? defaultFingerprintable(gazetteer) : Object.freeze({ gazetteer: gazetteer.version, assessment });
  return Object.freeze({ published, gazetteer, assessment, fingerprintable });
}

// One object per gazetteer for the default options, so the pipeline fingerprint is computed once (pipeline/run.ts).
const defaults = new WeakMap<Gazetteer, ResolvedOptions['fingerprintable']>();
function defaultFingerprintable(gazetteer: Gazetteer): ResolvedOptions['fingerprintable'] {
  let f = defaults.get(gazetteer);
  if (!f || f.gazetteer !== gazetteer.version) defaults.set(gazetteer, (f = Object.freeze({ gazetteer: gazetteer.version, assessment: DEFAULT_ASSESSMENT })));
  return f;
}
