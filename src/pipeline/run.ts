// The orchestrator: check the stage order once, then fold the document through the stages.
import { createHash } from 'node:crypto';
import type { Annotation, AnnotationKind, AnnotationOf } from './annotations.js';
import type { SourceDocument, Stage, StageInput } from './stage.js';
import type { ResolvedOptions } from '../core/options.js';
import type { Span } from '../core/types.js';
import { tokenize, type Tokens } from '../core/tokens.js';
import { ClaimScopeError } from '../core/errors.js';

export const PIPELINE_VERSION = '0.1.0';

export function checkOrder(stages: readonly Stage[]): void {
  const provided = new Set<AnnotationKind>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!provided.has(need)) {
        throw new ClaimScopeError('pipeline.bad_stage_order', `stage '${stage.name}' requires '${need}'; provided so far: ${[...provided].join(', ') || 'nothing'}`);
      }
    }
    for (const p of stage.provides) provided.add(p);
  }
}

// By the options' fingerprintable object: resolveOptions shares one for the default options.
const fingerprints = new WeakMap<readonly Stage[], WeakMap<object, string>>();

export function pipelineFingerprint(stages: readonly Stage[], options: ResolvedOptions): string {
  let byOptions = fingerprints.get(stages);
  if (!byOptions) fingerprints.set(stages, (byOptions = new WeakMap()));
  let fingerprint = byOptions.get(options.fingerprintable);
  if (fingerprint === undefined) {
    const h = createHash('sha256');
    h.update(PIPELINE_VERSION);
    for (const s of stages) h.update(`|${s.name}@${s.version}`);
    h.update(`|${JSON.stringify(options.fingerprintable)}`);
    byOptions.set(options.fingerprintable, (fingerprint = `sha256:${h.digest('hex').slice(0, 16)}`));
  }
  return fingerprint;
}

const byStart = (a: Annotation, b: Annotation) => a.span.start - b.span.start;

function isSortedByStart(list: readonly Annotation[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1].span.start > list[i].span.start) return false;
  return true;
}

function indexByKind(annotations: readonly Annotation[]): Map<AnnotationKind, Annotation[]> {
  const index = new Map<AnnotationKind, Annotation[]>();
  for (const a of annotations) {
    const list = index.get(a.kind);
    if (list) list.push(a);
    else index.set(a.kind, [a]);
  }
  for (const list of index.values()) if (!isSortedByStart(list)) list.sort(byStart);
  return index;
}

/** The item of a start-sorted list of disjoint spans that contains `pos`, by binary search. */
export function containing<T extends { span: Span }>(sorted: readonly T[], pos: number): T | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].span.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  const c = sorted[lo - 1];
  return c && pos < c.span.end ? c : undefined;
}

/** The index of the first item of a start-sorted list that starts at or after `pos`, by binary search. */
export function firstStartingAt(sorted: readonly { span: Span }[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].span.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Not frozen: for-of over a frozen array takes the slow, allocating iterator path.
const NO_ITEMS: readonly never[] = [];

/**
 * Items of a start-sorted list that lie inside [span.start, span.end): a slice of it when all that
 * start there end in it, else a list made at its size.
 */
export function sortedWithin<T extends { span: Span }>(sorted: readonly T[], span: Span): readonly T[] {
  const first = firstStartingAt(sorted, span.start);
  let n = 0;
  let past = first;
  for (; past < sorted.length && sorted[past].span.start < span.end; past++) if (sorted[past].span.end <= span.end) n++;
  if (n === 0) return NO_ITEMS;
  if (n === past - first) return sorted.slice(first, past);
  const out = new Array<T>(n);
  n = 0;
  for (let i = first; i < past; i++) if (sorted[i].span.end <= span.end) out[n++] = sorted[i];
  return out;
}

const NONE: readonly Annotation[] = Object.freeze([]);

/** The input every stage sees; one object per document, its index updated as stages add annotations. */
class Run implements StageInput {
  // The annotations so far are `done` followed by the extractors' outputs since, joined when read.
  private done: Annotation[] = [];
  private pending: Annotation[][] = [];
  private index = new Map<AnnotationKind, Annotation[]>();
  private tokenCache: Tokens | null = null;
  constructor(readonly doc: SourceDocument, readonly options: ResolvedOptions) {}

  get annotations(): Annotation[] {
    if (this.pending.length > 0) {
      this.done = this.done.concat(...this.pending);
      this.pending = [];
    }
    return this.done;
  }

  // Arrow properties: stages destructure them from the input.
  readonly tokens = (): Tokens => (this.tokenCache ??= tokenize(this.doc.text));

  readonly of = <K extends AnnotationKind>(kind: K): readonly AnnotationOf<K>[] => (this.index.get(kind) ?? NONE) as AnnotationOf<K>[];

  readonly within = <K extends AnnotationKind>(kind: K, span: Span): readonly AnnotationOf<K>[] => sortedWithin(this.of(kind), span);

  add(out: Annotation[]): void {
    if (out.length === 0) return;
    this.pending.push(out);
    // An extractor returns its annotations in runs of one kind: each run is added to its kind's list at once.
    for (let from = 0; from < out.length;) {
      const kind = out[from].kind;
      let to = from + 1;
      while (to < out.length && out[to].kind === kind) to++;
      this.addRun(kind, out, from, to);
      from = to;
    }
  }

  /** out[from, to), all of one kind, into that kind's list: a copy of the run when it opens the list. */
  private addRun(kind: AnnotationKind, out: readonly Annotation[], from: number, to: number): void {
    let list = this.index.get(kind);
    // Lists are sorted before the call: one needs sorting again only if an item starts before the one before it.
    let sorted = true;
    if (list === undefined) {
      this.index.set(kind, (list = out.slice(from, to)));
      for (let i = 1; i < list.length && sorted; i++) sorted = list[i - 1].span.start <= list[i].span.start;
    } else {
      for (let i = from; i < to; i++) {
        const a = out[i];
        if (sorted && list.length > 0 && list[list.length - 1].span.start > a.span.start) sorted = false;
        list.push(a);
      }
    }
    if (!sorted) list.sort(byStart);
  }

  replace(all: Annotation[]): void {
    this.done = all;
    this.pending = [];
    this.index = indexByKind(all);
  }
}

export function runStages(stages: readonly Stage[], doc: SourceDocument, options: ResolvedOptions): Annotation[] {
  return runStagesBatch(stages, [{ doc, options }])[0];
}

/**
 * Several documents, stage by stage: each stage runs over the whole batch before the next one
 * starts, so its patterns and tables stay in the CPU caches (about a quarter faster than
 * document by document on the bench corpus). Results are the same as one document at a time.
 */
export function runStagesBatch(stages: readonly Stage[], batch: readonly { doc: SourceDocument; options: ResolvedOptions }[]): Annotation[][] {
  const out = new Array<Annotation[]>(batch.length);
  runStagesEach(stages, batch, (i, annotations) => { out[i] = annotations; });
  return out;
}

/**
 * As runStagesBatch, but each document's annotations go to `done` as soon as the last stage has
 * run on it, and its tokens and index are let go then: the batch's intermediates do not all live
 * until its end.
 */
export function runStagesEach(stages: readonly Stage[], batch: readonly { doc: SourceDocument; options: ResolvedOptions }[], done: (index: number, annotations: Annotation[]) => void): void {
  const runs: (Run | null)[] = batch.map(({ doc, options }) => new Run(doc, options));
  const last = stages.length - 1;
  for (let s = 0; s <= last; s++) {
    const stage = stages[s];
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i] as Run;
      const out = stage.run(run);
      if (stage.kind === 'extractor') run.add(out);
      else run.replace(out);
      if (s === last) {
        runs[i] = null;
        done(i, run.annotations);
      }
    }
  }
  if (last < 0) for (let i = 0; i < runs.length; i++) done(i, (runs[i] as Run).annotations);
}
