// Throughput and latency benchmark for analyze(), reported as ratios against a keyword-regex
// baseline measured in the same run (the machine is shared and noisy; absolute figures drift).
//
//   node --import tsx bench/analyze.bench.ts [--mb 20] [--seed 1] [--budget-s 25]
//        [--latency-budget-s 15] [--reps 500] [--full]
//   (or env BENCH_MB, BENCH_SEED, BENCH_BUDGET_S, BENCH_LATENCY_BUDGET_S, BENCH_REPS, BENCH_FULL=1)
//
// Phases: (a) baseline: one case-insensitive \b(?:…)\b alternation of ~500 lexicon words, match
// count over every document; (b) analyze() over the corpus after a warm-up on a small slice, then
// analyzeBatch over a second corpus (the next seed, unseen by this process) in ~1 MB chunks, each timed right after the baseline's best of three passes
// over the same chunk (the median of those ratios is the least drift-prone figure);
// (c) analyze() on one ~10 KB roundup repeated, median/p95 ms; (d) RSS. Phases (b) and (c) stop
// at their time budgets unless --full is given, so the whole run stays under about a minute; the
// report says how much of the corpus and how many repetitions were covered.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { analyze, analyzeBatch } from '../src/index.js';
import { corpusBytes, DEFAULT_CORPUS_BYTES, generateCorpus, roundup10k, type CorpusDoc } from './corpus.js';
import { baselineWords, buildBaselineRegex, countMatches } from './baseline.js';

// ---------------------------------------------------------------------------------------------
// Options

interface BenchOptions {
  mb: number;
  seed: number;
  budgetS: number;
  latencyBudgetS: number;
  reps: number;
  full: boolean;
}

function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
    else if (a === '--full') flags.set('full', '1');
    else flags.set(a.slice(2), argv[++i] ?? '');
  }
  const num = (flag: string, envName: string, dflt: number): number => {
    const raw = flags.get(flag) ?? env[envName];
    if (raw === undefined || raw === '') return dflt;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new RangeError(`bench: --${flag} must be a non-negative number, got '${raw}'`);
    return n;
  };
  const fullRaw = flags.get('full') ?? env.BENCH_FULL ?? '';
  return {
    mb: num('mb', 'BENCH_MB', DEFAULT_CORPUS_BYTES / 1e6),
    seed: num('seed', 'BENCH_SEED', 1),
    budgetS: num('budget-s', 'BENCH_BUDGET_S', 25),
    latencyBudgetS: num('latency-budget-s', 'BENCH_LATENCY_BUDGET_S', 15),
    reps: Math.max(1, Math.floor(num('reps', 'BENCH_REPS', 500))),
    full: fullRaw !== '' && fullRaw !== '0' && fullRaw !== 'false',
  };
}

const REPO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// Which code was measured: the engine is under active change, so runs are only comparable when
// these match.

/** sha256 (first 12 hex digits) over the paths and contents of every file under src/. */
function srcHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) h.update(`${p.slice(REPO_DIR.length)}\0`).update(readFileSync(p)).update('\0');
    }
  };
  walk(join(REPO_DIR, 'src'));
  return h.digest('hex').slice(0, 12);
}

function gitHead(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: REPO_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head}+dirty-src` : head;
  } catch {
    return 'unknown';
  }
}

// ---------------------------------------------------------------------------------------------
// Measurement helpers

const MB = 1e6;
const byteLen = (s: string): number => Buffer.byteLength(s, 'utf8');
const rssMB = (): number => process.memoryUsage().rss / (1024 * 1024);
const maxRssMB = (): number => process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

interface PassResult {
  docs: number;
  bytes: number;
  ms: number;
  checksum: number;
  perDocMs: number[];
}

function baselinePass(re: RegExp, docs: readonly CorpusDoc[], sizes: readonly number[]): PassResult {
  let checksum = 0;
  let bytes = 0;
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i++) {
    checksum += countMatches(re, (docs[i] as CorpusDoc).text);
    bytes += sizes[i] as number;
  }
  return { docs: docs.length, bytes, ms: performance.now() - t0, checksum, perDocMs: [] };
}

function analyzePass(docs: readonly CorpusDoc[], sizes: readonly number[], budgetMs: number): PassResult {
  let checksum = 0;
  let bytes = 0;
  const perDocMs: number[] = [];
  const t0 = performance.now();
  let n = 0;
  for (; n < docs.length; n++) {
    const d = docs[n] as CorpusDoc;
    const s = performance.now();
    const r = analyze(d.text, { published: d.published, id: `bench-${n}` });
    perDocMs.push(performance.now() - s);
    checksum += r.events.length;
    bytes += sizes[n] as number;
    if (performance.now() - t0 >= budgetMs) {
      n++;
      break;
    }
  }
  return { docs: n, bytes, ms: performance.now() - t0, checksum, perDocMs };
}

/** The same documents through analyzeBatch, BATCH at a time (stage by stage), as batch users run them. */
const BATCH = 32;
/** Batches per interleaved chunk: about 1 MB of the corpus. */
const CHUNK_BATCHES = 10;
interface BatchResult extends PassResult {
  /** Per chunk of CHUNK_BATCHES batches: analyzeBatch MB/s ÷ the baseline's MB/s on the same documents just before. */
  chunkRatios: number[];
  /** Process CPU time (all threads, V8's GC helpers included) spent in analyzeBatch, ms. */
  cpuMs: number;
}

/** The process's CPU time so far (user + system, all threads), ms. */
const processCpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function batchPass(re: RegExp, docs: readonly CorpusDoc[], sizes: readonly number[], budgetMs: number): BatchResult {
  let checksum = 0;
  let bytes = 0;
  let ms = 0;
  let cpuMs = 0;
  const chunkRatios: number[] = [];
  const t0 = performance.now();
  let n = 0;
  while (n < docs.length && performance.now() - t0 < budgetMs) {
    const chunk = docs.slice(n, n + BATCH * CHUNK_BATCHES);
    const chunkSizes = sizes.slice(n, n + chunk.length);
    // The baseline's best of three passes over the chunk, timed right before the chunk is analysed,
    // so a ratio is not skewed by drift between phases minutes apart.
    const baseMs = Math.min(...[0, 1, 2].map(() => baselinePass(re, chunk, chunkSizes).ms));
    const s = performance.now();
    const c = processCpuMs();
    for (let b = 0; b < chunk.length; b += BATCH) {
      const slice = chunk.slice(b, b + BATCH);
      for (const r of analyzeBatch(slice.map((d, k) => ({ text: d.text, options: { published: d.published, id: `bench-${n + b + k}` } })))) checksum += r.events.length;
    }
    const chunkMs = performance.now() - s;
    cpuMs += processCpuMs() - c;
    ms += chunkMs;
    for (const size of chunkSizes) bytes += size;
    chunkRatios.push(baseMs / chunkMs);
    n += chunk.length;
  }
  return { docs: n, bytes, ms, checksum, perDocMs: [], chunkRatios, cpuMs };
}

function latency(fn: () => number, reps: number, budgetMs: number): { samples: number[]; checksum: number } {
  const samples: number[] = [];
  let checksum = 0;
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) {
    const s = performance.now();
    checksum += fn();
    samples.push(performance.now() - s);
    if (performance.now() - t0 >= budgetMs) break;
  }
  samples.sort((a, b) => a - b);
  return { samples, checksum };
}

const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const fmtRatio = (n: number): string => (!Number.isFinite(n) ? 'n/a' : n >= 0.01 ? `${n.toFixed(3)}×` : `${n.toExponential(2)}×`);

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: readonly string[]): string => `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(' | ')} |`;
  const sep = `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(rows[0] ?? []), sep, ...rows.slice(1).map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Run

function main(): void {
  const opts = parseOptions(process.argv.slice(2), process.env);
  const runStart = performance.now();
  const code = { git: gitHead(), src: srcHash() };
  const log = (msg: string): void => {
    process.stderr.write(`[bench ${fmt((performance.now() - runStart) / 1000, 1)}s] ${msg}\n`);
  };

  // Corpus
  let t = performance.now();
  const docs = generateCorpus({ bytes: Math.round(opts.mb * MB), seed: opts.seed });
  const sizes = docs.map((d) => byteLen(d.text));
  const totalBytes = corpusBytes(docs);
  const genMs = performance.now() - t;
  const roundup = roundup10k();
  const roundupBytes = byteLen(roundup);
  log(`corpus: ${docs.length} docs, ${fmt(totalBytes / MB)} MB in ${fmt(genMs, 0)} ms (seed ${opts.seed}); 10 KB roundup: ${roundupBytes} B`);

  // (a) Baseline
  const words = baselineWords();
  const re = buildBaselineRegex(words);
  const wordsSha = createHash('sha256').update(words.join('\n')).digest('hex').slice(0, 12);
  baselinePass(re, docs, sizes); // warm-up; it also flattens every generated (concatenated) text once, before any timing
  const base1 = baselinePass(re, docs, sizes);
  log(`baseline pass 1: ${fmt(base1.ms, 0)} ms, ${base1.checksum} matches (${words.length} words)`);

  // (b) analyze() over the corpus, after a warm-up on a small slice.
  const warmDocs = docs.slice(-5);
  t = performance.now();
  for (const d of warmDocs) analyze(d.text, { published: d.published, id: 'warm-up' });
  const warmMs = performance.now() - t;
  const rssBefore = rssMB();
  const maxRssBefore = maxRssMB();
  log(`analyze warm-up: ${warmDocs.length} docs in ${fmt(warmMs, 0)} ms; analysing (budget ${opts.full ? 'none (--full)' : `${opts.budgetS} s`})`);
  const ana = analyzePass(docs, sizes, opts.full ? Number.POSITIVE_INFINITY : opts.budgetS * 1000);
  const rssAfter = rssMB();
  log(`analyze: ${ana.docs}/${docs.length} docs, ${fmt(ana.bytes / MB, 3)} MB in ${fmt(ana.ms, 0)} ms, ${ana.checksum} events`);

  // analyzeBatch gets documents this process has not seen (the next seed), so no memo filled by the
  // analyze() pass helps it; same generator, same size.
  const freshDocs = generateCorpus({ bytes: Math.round(opts.mb * MB), seed: opts.seed + 1 });
  const freshSizes = freshDocs.map((d) => byteLen(d.text));
  baselinePass(re, freshDocs, freshSizes); // flattens the texts, untimed
  const bat = batchPass(re, freshDocs, freshSizes, opts.full ? Number.POSITIVE_INFINITY : opts.budgetS * 1000);
  log(`analyzeBatch (corpus seed ${opts.seed + 1}): ${bat.docs}/${freshDocs.length} docs, ${fmt(bat.bytes / MB, 3)} MB in ${fmt(bat.ms, 0)} ms, ${bat.checksum} events`);

  // Second baseline pass after analyze, to bracket drift on a noisy machine.
  const base2 = baselinePass(re, docs, sizes);
  log(`baseline pass 2: ${fmt(base2.ms, 0)} ms`);
  const baseMs = (base1.ms + base2.ms) / 2;

  // (c) 10 KB roundup latency, analyze() against the regex on the same text.
  for (let i = 0; i < 3; i++) analyze(roundup, { published: '2017-01-01', id: 'warm-up-10k' });
  const lat = latency(() => analyze(roundup, { published: '2017-01-01', id: 'roundup-10k' }).events.length, opts.reps, opts.full ? Number.POSITIVE_INFINITY : opts.latencyBudgetS * 1000);
  const baseLat = latency(() => countMatches(re, roundup), Math.max(opts.reps, 2000), 2000);
  log(`10 KB latency: ${lat.samples.length}/${opts.reps} repetitions`);

  // (d) Memory
  const maxRssEnd = maxRssMB();

  // Figures
  const baseMBs = totalBytes / MB / (baseMs / 1000);
  const baseDocsS = docs.length / (baseMs / 1000);
  const anaMBs = ana.bytes / MB / (ana.ms / 1000);
  const anaDocsS = ana.docs / (ana.ms / 1000);
  const batMBs = bat.bytes / MB / (bat.ms / 1000);
  const batDocsS = bat.docs / (bat.ms / 1000);
  const batCpuMBs = bat.bytes / MB / (bat.cpuMs / 1000);
  const chunkRatios = [...bat.chunkRatios].sort((a, b) => a - b);
  const chunkMedian = quantile(chunkRatios, 0.5);
  const latMed = quantile(lat.samples, 0.5);
  const latP95 = quantile(lat.samples, 0.95);
  const baseLatMed = quantile(baseLat.samples, 0.5);
  const baseLatP95 = quantile(baseLat.samples, 0.95);
  const perDoc = [...ana.perDocMs].sort((a, b) => a - b);
  const coverage = ana.bytes / totalBytes;
  const targetMBs = 5;
  const targetLatMs = 2;

  const rows: string[][] = [
    ['metric', 'baseline (regex)', 'analyze()', 'analyze / baseline'],
    ['throughput, MB/s', fmt(baseMBs), fmt(anaMBs, 4), fmtRatio(anaMBs / baseMBs)],
    ['throughput, documents/s', fmt(baseDocsS, 0), fmt(anaDocsS, 2), fmtRatio(anaDocsS / baseDocsS)],
    [`throughput, MB/s, analyzeBatch (${BATCH} per call)`, fmt(baseMBs), fmt(batMBs, 4), fmtRatio(batMBs / baseMBs)],
    [`throughput, documents/s, analyzeBatch`, fmt(baseDocsS, 0), fmt(batDocsS, 2), fmtRatio(batDocsS / baseDocsS)],
    [`analyzeBatch ÷ baseline per ~1 MB chunk, median of ${chunkRatios.length}`, '', '', fmtRatio(chunkMedian)],
    ['10 KB roundup, median ms', fmt(baseLatMed, 3), fmt(latMed, 1), fmtRatio(latMed / baseLatMed)],
    ['10 KB roundup, p95 ms', fmt(baseLatP95, 3), fmt(latP95, 1), fmtRatio(latP95 / baseLatP95)],
    ['peak RSS, MB (maxRSS)', fmt(maxRssBefore, 0), fmt(maxRssEnd, 0), fmtRatio(maxRssEnd / maxRssBefore)],
  ];
  const out = process.stdout;
  out.write(`\nClaimScope analyze() benchmark — ${new Date().toISOString()} — node ${process.version}, ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown cpu'})\n`);
  out.write(`code: git ${code.git}, src sha256 ${code.src}${code.src !== srcHash() ? ' (src/ has changed since start-up; the figures are for the version loaded at start-up)' : ''}\n`);
  out.write(`corpus: seed ${opts.seed}, ${docs.length} documents, ${fmt(totalBytes / MB)} MB (1 MB = 10^6 bytes UTF-8); baseline regex: ${words.length} words (sha256 ${wordsSha}; drawn from src/lexicon, so it moves with the lexicon)\n`);
  out.write(`analyze() covered ${ana.docs}/${docs.length} documents = ${fmt(ana.bytes / MB, 3)} MB (${fmt(coverage * 100, 1)}% of the corpus)${coverage < 1 ? ` — stopped at the ${opts.budgetS} s budget; use --full for every document` : ''}\n`);
  out.write(`10 KB roundup (${roundupBytes} B): ${lat.samples.length} repetitions of analyze()${lat.samples.length < opts.reps ? ` (stopped at the ${opts.latencyBudgetS} s budget; ${opts.reps} requested)` : ''}, ${baseLat.samples.length} of the regex\n\n`);
  out.write(`${table(rows)}\n\n`);
  out.write(`baseline passes: ${fmt(base1.ms, 0)} ms and ${fmt(base2.ms, 0)} ms (ratio uses their mean); analyze per document: median ${fmt(quantile(perDoc, 0.5), 1)} ms, p95 ${fmt(quantile(perDoc, 0.95), 1)} ms\n`);
  out.write(`analyzeBatch ran over ${fmt(bat.bytes / MB, 3)} MB of a second corpus (seed ${opts.seed + 1}) that no earlier pass had seen\n`);
  out.write(`per-chunk ratios (analyzeBatch timed right after the baseline on the same ~1 MB): min ${fmtRatio(chunkRatios[0] ?? Number.NaN)}, median ${fmtRatio(chunkMedian)}, max ${fmtRatio(chunkRatios[chunkRatios.length - 1] ?? Number.NaN)}; 5 MB/s is ${fmtRatio(5 / baseMBs)} of this run's baseline\n`);
  out.write(`RSS: ${fmt(rssBefore, 0)} MB before the analyze pass, ${fmt(rssAfter, 0)} MB after (delta ${fmt(rssAfter - rssBefore, 1)} MB)\n`);
  out.write(`analyzeBatch per CPU-second of the whole process (V8's helper threads included): ${fmt(batCpuMBs, 4)} MB/s; wall ÷ CPU time ${fmt(bat.ms / bat.cpuMs, 2)} (above 1: the process waited for a core; the target reads wall time)\n`);
  out.write(`targets: ≥ ${targetMBs} MB/s per core: ${Math.max(anaMBs, batMBs) >= targetMBs ? 'MET' : 'NOT MET'} (analyze ${fmt(anaMBs, 4)} MB/s, analyzeBatch ${fmt(batMBs, 4)} MB/s, single thread); 10 KB roundup < ${targetLatMs} ms: ${latMed < targetLatMs ? 'MET' : 'NOT MET'} (median ${fmt(latMed, 1)} ms)\n`);
  out.write(`wall time: ${fmt((performance.now() - runStart) / 1000, 1)} s\n`);
  const json = {
    bench: 'claimscope.analyze',
    date: new Date().toISOString(),
    node: process.version,
    cores: os.availableParallelism(),
    code,
    seed: opts.seed,
    corpus: { docs: docs.length, bytes: totalBytes, generateMs: Math.round(genMs) },
    baseline: { words: words.length, wordsSha, passMs: [Math.round(base1.ms), Math.round(base2.ms)], mbPerS: baseMBs, docsPerS: baseDocsS, matches: base1.checksum, latency10k: { medianMs: baseLatMed, p95Ms: baseLatP95, n: baseLat.samples.length } },
    analyze: {
      docs: ana.docs,
      bytes: ana.bytes,
      coverage,
      ms: Math.round(ana.ms),
      mbPerS: anaMBs,
      docsPerS: anaDocsS,
      perDocMs: { median: quantile(perDoc, 0.5), p95: quantile(perDoc, 0.95) },
      events: ana.checksum,
      latency10k: { bytes: roundupBytes, medianMs: latMed, p95Ms: latP95, n: lat.samples.length, requested: opts.reps },
    },
    batch: { size: BATCH, docs: bat.docs, bytes: bat.bytes, ms: Math.round(bat.ms), mbPerS: batMBs, docsPerS: batDocsS, cpuMs: Math.round(bat.cpuMs), mbPerCpuS: batCpuMBs, events: bat.checksum, chunkRatios: { n: chunkRatios.length, min: chunkRatios[0], median: chunkMedian, max: chunkRatios[chunkRatios.length - 1] } },
    ratios: { throughputMB: anaMBs / baseMBs, throughputBatchMB: batMBs / baseMBs, throughputBatchChunkMedian: chunkMedian, throughputDocs: anaDocsS / baseDocsS, latency10kMedian: latMed / baseLatMed, latency10kP95: latP95 / baseLatP95, peakRss: maxRssEnd / maxRssBefore },
    memory: { maxRssMB: maxRssEnd, maxRssBeforeAnalyzeMB: maxRssBefore, rssBeforeMB: rssBefore, rssAfterMB: rssAfter, rssDeltaMB: rssAfter - rssBefore },
    targets: { mbPerSPerCore: { target: targetMBs, met: Math.max(anaMBs, batMBs) >= targetMBs }, latency10kMs: { target: targetLatMs, met: latMed < targetLatMs } },
    wallS: (performance.now() - runStart) / 1000,
  };
  out.write(`${JSON.stringify(json)}\n`);
}

main();
