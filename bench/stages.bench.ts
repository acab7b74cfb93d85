// Where analyze time goes: CPU time (user + system) per pipeline stage, and outside the stages
// (fingerprints, assessment, result), over the seeded bench corpus in batches of 32, as analyzeBatch
// runs it. The best of several rounds; shares are what to compare on a noisy shared host.
//
//   node --import tsx bench/stages.bench.ts [MB=4] [rounds=3]
import { analyzeBatch, type BatchDocument } from '../src/index.js';
import { STAGES } from '../src/pipeline/stages.js';
import type { Stage } from '../src/pipeline/stage.js';
import { generateCorpus } from './corpus.js';

const mb = Number(process.argv[2] ?? 4);
const rounds = Number(process.argv[3] ?? 3);
const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

const perStage = new Map<string, number>();
for (const stage of STAGES) {
  const run = stage.run.bind(stage);
  (stage as { run: Stage['run'] }).run = (input) => {
    const t = cpuMs();
    const out = run(input);
    perStage.set(stage.name, (perStage.get(stage.name) ?? 0) + cpuMs() - t);
    return out;
  };
}

const docs = generateCorpus({ bytes: mb * 1e6, seed: 1 });
const batches: BatchDocument[][] = [];
for (let i = 0; i < docs.length; i += 32) batches.push(docs.slice(i, i + 32).map((d) => ({ text: d.text, options: { published: d.published } })));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);

analyzeBatch(batches[0]);
let best: { total: number; stages: Map<string, number> } | null = null;
for (let r = 0; r < rounds; r++) {
  perStage.clear();
  const t = cpuMs();
  for (const b of batches) analyzeBatch(b);
  const total = cpuMs() - t;
  if (!best || total < best.total) best = { total, stages: new Map(perStage) };
}
const { total, stages } = best!;
const row = (name: string, ms: number) => `| ${name.padEnd(22)} | ${ms.toFixed(0).padStart(6)} | ${(100 * ms / total).toFixed(1).padStart(5)} % |`;
console.log(`analyzeBatch CPU over ${(bytes / 1e6).toFixed(2)} MB (${docs.length} documents, seed 1), best of ${rounds}: ${total.toFixed(0)} ms = ${(bytes / 1e3 / total).toFixed(2)} MB/s\n`);
console.log(`| ${'part'.padEnd(22)} | ${'CPU ms'.padStart(6)} | ${'share'.padStart(7)} |\n|${'-'.repeat(24)}|${'-'.repeat(7)}:|${'-'.repeat(8)}:|`);
let inStages = 0;
for (const [name, ms] of stages) { inStages += ms; console.log(row(name, ms)); }
console.log(row('outside the stages', total - inStages));
