// The assessment dev set (fixtures/assessment): one labelled text per JSON line. Scores the label
// (precision/recall/F1 for propaganda, false positives on reporting), how well the score behaves
// as a probability (Brier score, reliability by bins), and how each propaganda label is explained.
import { readFileSync } from 'node:fs';
import { ClaimScopeError } from '../core/errors.js';
import type { Assessment } from '../core/types.js';

export type Label = Assessment['label'];
export interface LabelledText { id: string; label: Label; kind: string; text: string }

const LABELS: readonly Label[] = ['propaganda', 'reporting', 'other'];

export function loadLabelled(file: string): LabelledText[] {
  let raw: string;
  try { raw = readFileSync(file, 'utf8'); } catch (e) {
    throw new ClaimScopeError((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'input.missing_file' : 'input.unreadable', file);
  }
  return raw.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    let r: Partial<LabelledText>;
    try { r = JSON.parse(line) as Partial<LabelledText>; } catch { throw new ClaimScopeError('gold.invalid', `${file}:${i + 1}: not JSON`); }
    if (typeof r.id !== 'string' || typeof r.text !== 'string' || !LABELS.includes(r.label as Label)) {
      throw new ClaimScopeError('gold.invalid', `${file}:${i + 1}: needs id, text and a label (${LABELS.join(', ')})`);
    }
    return [{ id: r.id, label: r.label as Label, kind: typeof r.kind === 'string' ? r.kind : '', text: r.text }];
  });
}

export interface Judged { item: LabelledText; assessment: Assessment }

export interface AssessmentReport {
  texts: number;
  byLabel: Record<Label, number>;
  propaganda: { precision: number; recall: number; f1: number };
  /** Share of reporting texts labelled propaganda. */
  falsePositiveRateReporting: number;
  accuracy: number;
  confusion: Record<Label, Record<Label, number>>;
  brier: number;
  /** Mean score vs. share truly propaganda, per score decile that holds texts. */
  reliability: { bin: string; texts: number; meanScore: number; propagandaShare: number }[];
  /** Fewest distinct voice signals on any text labelled propaganda. */
  minSignalsOnPropaganda: number | null;
  byKind: Record<string, { texts: number; correct: number }>;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function report(judged: readonly Judged[]): AssessmentReport {
  const confusion = Object.fromEntries(LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as Record<Label, Record<Label, number>>;
  for (const j of judged) confusion[j.item.label][j.assessment.label]++;
  const tp = confusion.propaganda.propaganda;
  const predicted = LABELS.reduce((n, g) => n + confusion[g].propaganda, 0);
  const gold = LABELS.reduce((n, p) => n + confusion.propaganda[p], 0);
  const precision = predicted ? tp / predicted : 1;
  const recall = gold ? tp / gold : 1;
  const reporting = LABELS.reduce((n, p) => n + confusion.reporting[p], 0);
  const bins = new Map<number, { texts: number; score: number; yes: number }>();
  let brier = 0;
  const byKind: Record<string, { texts: number; correct: number }> = {};
  for (const j of judged) {
    const y = j.item.label === 'propaganda' ? 1 : 0;
    brier += (j.assessment.score - y) ** 2;
    const b = Math.min(9, Math.floor(j.assessment.score * 10));
    const bin = bins.get(b) ?? { texts: 0, score: 0, yes: 0 };
    bin.texts++; bin.score += j.assessment.score; bin.yes += y;
    bins.set(b, bin);
    const k = (byKind[`${j.item.label}/${j.item.kind}`] ??= { texts: 0, correct: 0 });
    k.texts++;
    if (j.assessment.label === j.item.label) k.correct++;
  }
  const onPropaganda = judged.filter((j) => j.assessment.label === 'propaganda').map((j) => j.assessment.signals.length);
  return {
    texts: judged.length,
    byLabel: Object.fromEntries(LABELS.map((l) => [l, judged.filter((j) => j.item.label === l).length])) as Record<Label, number>,
    propaganda: { precision: r3(precision), recall: r3(recall), f1: r3(precision + recall ? (2 * precision * recall) / (precision + recall) : 0) },
    falsePositiveRateReporting: r3(reporting ? confusion.reporting.propaganda / reporting : 0),
    accuracy: r3(judged.filter((j) => j.assessment.label === j.item.label).length / Math.max(1, judged.length)),
    confusion,
    brier: r3(brier / Math.max(1, judged.length)),
    reliability: [...bins].sort((a, b) => a[0] - b[0]).map(([b, v]) => ({ bin: `${(b / 10).toFixed(1)}–${((b + 1) / 10).toFixed(1)}`, texts: v.texts, meanScore: r3(v.score / v.texts), propagandaShare: r3(v.yes / v.texts) })),
    minSignalsOnPropaganda: onPropaganda.length ? Math.min(...onPropaganda) : null,
    byKind,
  };
}
