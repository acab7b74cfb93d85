// The one stage contract. Extractors add annotations; refiners return the whole new list.
import type { Annotation, AnnotationKind, AnnotationOf } from './annotations.js';
import type { ResolvedOptions } from '../core/options.js';
import type { Span } from '../core/types.js';
import type { Tokens } from '../core/tokens.js';

export interface SourceDocument {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
}

export interface StageInput {
  readonly doc: SourceDocument;
  readonly options: ResolvedOptions;
  readonly annotations: readonly Annotation[];
  /** Annotations of one kind, sorted by start. */
  of<K extends AnnotationKind>(kind: K): readonly AnnotationOf<K>[];
  /** The document's word tokens, computed on first use and shared by all stages. */
  tokens(): Tokens;
  /** Annotations of one kind lying inside [start, end), by binary search (no quadratic scans on long documents). */
  within<K extends AnnotationKind>(kind: K, span: Span): readonly AnnotationOf<K>[];
}

export interface Stage {
  readonly name: string;
  readonly version: number;
  readonly kind: 'extractor' | 'refiner';
  readonly requires: readonly AnnotationKind[];
  readonly provides: readonly AnnotationKind[];
  run(input: StageInput): Annotation[];
}
