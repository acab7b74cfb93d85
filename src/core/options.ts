// Options are validated once at the boundary and frozen; stages read them through their input only.
import { ClaimScopeError } from './errors.js';
import { parseIsoDate } from './iso-date.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import { defaultGazetteer } from '../geo/geonames-gazetteer.js';

export interface AnalyzeOptions {
  id?: string;
  published?: string | null;
  title?: string;
  gazetteer?: Gazetteer;
}

export interface ResolvedOptions {
  readonly published: string | null;
  readonly gazetteer: Gazetteer;
  /** What enters the pipeline fingerprint: options that change results, not per-document values. */
  readonly fingerprintable: Readonly<{ gazetteer: string }>;
}

export function resolveOptions(opts: AnalyzeOptions = {}): ResolvedOptions {
  const published = opts.published ?? null;
  if (published !== null && parseIsoDate(published) === null) {
    throw new ClaimScopeError('usage.bad_date', `published '${published}'`);
  }
  const gazetteer = opts.gazetteer ?? defaultGazetteer();
  return Object.freeze({ published, gazetteer, fingerprintable: Object.freeze({ gazetteer: gazetteer.version }) });
}
