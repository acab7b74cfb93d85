// What the assessment adds to analyze(): the assessment-cue stage plus assess(), timed inside the
// pipeline over the generated corpus, as a share of the whole analyze() time in the same run.
//
//   node --import tsx bench/assessment.bench.ts [--mb 4]
import { STAGES } from '../src/pipeline/stages.js';
import { runStages } from '../src/pipeline/run.js';
import { resolveOptions } from '../src/core/options.js';
import { fingerprints } from '../src/fingerprint/fingerprints.js';
import { assess } from '../src/assessment/assess.js';
import { detectLanguage } from '../src/core/language.js';
import type { Stage, StageInput } from '../src/pipeline/stage.js';
import { generateCorpus } from './corpus.js';

const mbArg = process.argv.indexOf('--mb');
const mb = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 4;
const docs = generateCorpus({ bytes: mb * 1_000_000, seed: 5 });
let stageMs = 0;
const timed: Stage[] = STAGES.map((s) => (s.name === 'assessment-cues' ? { ...s, run: (input: StageInput) => { const t = performance.now(); const out = s.run(input); stageMs += performance.now() - t; return out; } } : s));

function pass(): { total: number; assessment: number } {
  stageMs = 0;
  let assessMs = 0;
  const t0 = performance.now();
  for (const d of docs) {
    const options = resolveOptions({ published: d.published });
    fingerprints(d.text);
    const annotations = runStages(timed, { id: 'x', text: d.text, published: options.published }, options);
    const t = performance.now();
    assess(d.text, annotations);
    assessMs += performance.now() - t;
    detectLanguage(d.text);
  }
  return { total: performance.now() - t0, assessment: stageMs + assessMs };
}

pass(); // warm-up
const runs = [pass(), pass(), pass()];
const shares = runs.map((r) => r.assessment / (r.total - r.assessment));
const median = [...shares].sort((a, b) => a - b)[1];
process.stdout.write(`ClaimScope assessment benchmark — ${new Date().toISOString()} — ${docs.length} documents, ${mb} MB\n`);
process.stdout.write(`assessment (cue stage + assess()) adds ${(median * 100).toFixed(1)} % to the rest of analyze() (runs: ${shares.map((s) => (s * 100).toFixed(1)).join(' / ')} %); target < 20 %: ${median < 0.2 ? 'MET' : 'NOT MET'}\n`);
