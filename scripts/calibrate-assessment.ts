/**
 * calibrate-assessment.ts — Platt scaling of the assessment: fits slope a and bias c in
 * score = σ(a·(voice − purpose) + c), by logistic regression (Newton's method, a ridge penalty on the
 * slope) on the labelled dev set, and writes them to src/lexicon/assessment-calibration.tsv. The
 * balance between voice and purpose stays that of the hand-set signal weights: fitting a separate
 * weight for each side on a small, nearly separable set would let one side's weight collapse. Run by hand after the signal weights or the dev set change:
 *
 *   node --import tsx scripts/calibrate-assessment.ts [fixtures/assessment/dev.jsonl]
 *
 * It also prints the 5-fold cross-validated Brier score and log loss, the honest figures for how
 * probability-like the score is on texts the fit did not see. Three parameters need no library:
 * the Newton step is a 3×3 solve.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { features } from '../src/assessment/assess.js';
import { loadLabelled } from '../src/eval/assessment.js';

type Row = { x: [number, number, number]; y: number };
const RIDGE = 0.5;

// x = [voice − purpose, 1, 0]: the third weight stays 0 (a 2-parameter fit in the 3×3 solver).
function fit(rows: readonly Row[]): [number, number, number] {
  let w: [number, number, number] = [1, -1, 0];
  for (let iter = 0; iter < 50; iter++) {
    const g = [RIDGE * w[0], 0, 0];
    const h = [[RIDGE, 0, 0], [0, 1e-9, 0], [0, 0, 1]];
    for (const { x, y } of rows) {
      const p = 1 / (1 + Math.exp(-(w[0] * x[0] + w[1] * x[1] + w[2] * x[2])));
      for (let i = 0; i < 3; i++) {
        g[i] += (p - y) * x[i];
        for (let j = 0; j < 3; j++) h[i][j] += p * (1 - p) * x[i] * x[j];
      }
    }
    const step = solve3(h, g);
    w = [w[0] - step[0], w[1] - step[1], w[2] - step[2]];
    if (Math.hypot(...step) < 1e-9) break;
  }
  return w;
}

function solve3(a: number[][], b: number[]): number[] {
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < 3; c++) {
    let p = c;
    for (let r = c + 1; r < 3; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < 3; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k < 4; k++) m[r][k] -= f * m[c][k];
    }
  }
  return [m[0][3] / m[0][0], m[1][3] / m[1][1], m[2][3] / m[2][2]];
}

const prob = (w: readonly number[], x: readonly number[]) => 1 / (1 + Math.exp(-(w[0] * x[0] + w[1] * x[1] + w[2] * x[2])));

const file = process.argv[2] ?? 'fixtures/assessment/dev.jsonl';
const rows: Row[] = loadLabelled(file).map((item) => {
  const a = analyze(item.text, { published: '2017-06-30' }).assessment;
  const f = features([...a.signals, ...a.counterSignals]);
  return { x: [f.voice - f.purpose, 1, 0], y: item.label === 'propaganda' ? 1 : 0 };
});

// 5-fold cross-validation: fold k = every fifth text from k.
let brier = 0;
let logLoss = 0;
for (let k = 0; k < 5; k++) {
  const w = fit(rows.filter((_, i) => i % 5 !== k));
  for (const r of rows.filter((_, i) => i % 5 === k)) {
    const p = Math.min(1 - 1e-6, Math.max(1e-6, prob(w, r.x)));
    brier += (p - r.y) ** 2;
    logLoss -= r.y * Math.log(p) + (1 - r.y) * Math.log(1 - p);
  }
}
const w = fit(rows);
const round = (x: number) => Math.round(x * 1000) / 1000;
const source = `fit by scripts/calibrate-assessment.ts on ${file} (${rows.length} texts)`;
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'lexicon', 'assessment-calibration.tsv');
writeFileSync(out, `param\tvalue\tsource\nvoice\t${round(w[0])}\t${source}\npurpose\t${round(w[0])}\t${source}\nbias\t${round(w[1])}\t${source}\n`);
process.stdout.write(`slope ${round(w[0])} (voice and purpose), bias ${round(w[1])}; 5-fold CV: Brier ${round(brier / rows.length)}, log loss ${round(logLoss / rows.length)}\n`);
