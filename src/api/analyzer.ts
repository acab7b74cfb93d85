// Where analyze() runs: in this thread (tests, small jobs) or in a pool of worker threads (serve,
// ingest --threads), so that a CPU-bound analysis never blocks the event loop. Each worker loads
// the gazetteer once (~0.25 s, ~100 MB).
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { analyze, renderNeutralText } from '../analyze.js';
import type { NeutralRendering } from '../assessment/render.js';
import { ClaimScopeError } from '../core/errors.js';
import type { AnalysisResult } from '../core/types.js';
import type { AssessmentOptions } from '../assessment/assess.js';

/** What may cross to a worker: plain data, no gazetteer object. */
export interface AnalyzeRequest { id?: string; published?: string | null; title?: string; assessment?: Partial<AssessmentOptions> }

export interface Analyzer {
  readonly threads: number;
  analyze(text: string, options: AnalyzeRequest): Promise<AnalysisResult>;
  /** The result already serialised (the API sends it as it is). */
  analyzeJson(text: string, options: AnalyzeRequest): Promise<string>;
  /** The pipeline fingerprint results get under these options. */
  pipeline(options?: AnalyzeRequest): Promise<string>;
  /** The reduced-exposure reading (renderNeutralText), off the event loop too. */
  neutral(text: string): Promise<NeutralRendering>;
  close(): Promise<void>;
}

const PROBE = 'x';

export function inProcessAnalyzer(): Analyzer {
  return {
    threads: 0,
    analyze: async (text, options) => analyze(text, options),
    analyzeJson: async (text, options) => JSON.stringify(analyze(text, options)),
    pipeline: async (options = {}) => analyze(PROBE, { assessment: options.assessment }).pipeline.fingerprint,
    neutral: async (text) => renderNeutralText(text),
    close: async () => undefined,
  };
}

export const defaultThreads = () => Math.max(1, availableParallelism());

export function poolAnalyzer(threads = defaultThreads(), maxQueue = 4096): Analyzer {
  const pool = new Piscina({ filename: new URL('./analyze-worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads, maxQueue, idleTimeout: 60_000 });
  const run = async <T>(task: { text: string; options: AnalyzeRequest; json: boolean; neutral?: boolean }): Promise<T> => {
    try {
      return (await pool.run(task)) as T;
    } catch (e) {
      if (e instanceof Error && /queue is at limit/i.test(e.message)) throw new ClaimScopeError('server.busy', `${maxQueue} analyses waiting`);
      throw e;
    }
  };
  const fingerprints = new Map<string, Promise<string>>();
  return {
    threads,
    analyze: (text, options) => run<AnalysisResult>({ text, options, json: false }),
    analyzeJson: (text, options) => run<string>({ text, options, json: true }),
    pipeline: (options = {}) => {
      const key = JSON.stringify(options.assessment ?? {});
      let p = fingerprints.get(key);
      if (!p) fingerprints.set(key, (p = run<AnalysisResult>({ text: PROBE, options: { assessment: options.assessment }, json: false }).then((r) => r.pipeline.fingerprint)));
      return p;
    },
    neutral: (text) => run<NeutralRendering>({ text, options: {}, json: false, neutral: true }),
    close: () => pool.destroy(),
  };
}
