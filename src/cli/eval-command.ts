// `claimscope eval --gold FILE|DIR [--format text|json] [--show-errors] [--fail-under F1]`
import { parseArgs } from 'node:util';
import { analyze } from '../analyze.js';
import { ClaimScopeError } from '../core/errors.js';
import { loadGold } from '../eval/gold.js';
import { FIELDS, prf, score } from '../eval/score.js';
import { documentOf, loadPlaceSet, negativeFails, scoreMention, summarize } from '../eval/places.js';
import { loadLabelled, report } from '../eval/assessment.js';

export const EVAL_HELP = `claimscope eval --gold FILE|DIR [options]
claimscope eval --places FILE [--format text|json] [--show-errors]
claimscope eval --assessment FILE [--format text|json] [--show-errors]

  --places FILE        the geocoding dev set (format: fixtures/geo/README.md): country and admin-1
                       accuracy, share of truths inside the stated uncertainty, false places
  --assessment FILE    labelled texts, one JSON per line (format: fixtures/assessment/README.md):
                       propaganda precision/recall/F1, false positives on reporting, Brier score,
                       reliability of the score by decile
  --gold PATH          a *.gold.json file or a folder of them (format: fixtures/gold/README.md)
  --format text|json   a table (default) or one JSON object
  --show-errors        list every mismatch (gold vs. predicted) after the table
  --fail-under F1      exit 1 when event, date, type or a casualty field has F1 below this`;

const HEADLINE = ['event', 'date', 'type', 'casualties.killed', 'casualties.wounded', 'casualties.killedOrWounded', 'casualties.captured', 'casualties.perpetratorsKilled'];

export function evalCommand(argv: string[], out: { write(s: string): void; error(s: string): void }): number {
  const { values } = parseArgs({
    args: argv, strict: true,
    options: { gold: { type: 'string' }, places: { type: 'string' }, assessment: { type: 'string' }, format: { type: 'string', default: 'text' }, 'show-errors': { type: 'boolean', default: false }, 'fail-under': { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) { out.write(`${EVAL_HELP}\n`); return 0; }
  if (values.assessment) return evalAssessment(values.assessment, values.format ?? 'text', values['show-errors'] ?? false, out);
  if (values.places) return evalPlaces(values.places, values.format ?? 'text', values['show-errors'] ?? false, out);
  if (!values.gold) throw new ClaimScopeError('usage.bad_option', 'eval needs --gold FILE|DIR');
  if (values.format !== 'text' && values.format !== 'json') throw new ClaimScopeError('usage.bad_option', `--format ${values.format}; choices: text, json`);
  const threshold = values['fail-under'] !== undefined ? Number(values['fail-under']) : null;
  if (threshold !== null && !(threshold >= 0 && threshold <= 1)) throw new ClaimScopeError('usage.bad_option', '--fail-under takes a number from 0 to 1');
  let docs;
  try { docs = loadGold(values.gold); } catch (e) {
    if (e instanceof ClaimScopeError) throw e;
    throw new ClaimScopeError((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'input.missing_file' : 'gold.invalid', values.gold);
  }
  const results = docs.map((d) => analyze(d.text, { id: d.id, published: d.published }));
  const { tallies, mismatches } = score(docs, results);
  const rows = FIELDS.map((f) => ({ field: f, ...tallies[f], ...prf(tallies[f]) }));
  const failing = threshold === null ? [] : rows.filter((r) => HEADLINE.includes(r.field) && r.f1 < threshold);
  if (values.format === 'json') {
    out.write(`${JSON.stringify({ documents: docs.length, goldEvents: tallies.event.gold, fields: rows, ...(values['show-errors'] ? { mismatches } : {}) })}\n`);
  } else {
    const pct = (x: number) => x.toFixed(3);
    out.write(`documents ${docs.length}, gold incidents ${tallies.event.gold}, predicted ${tallies.event.predicted}\n\n`);
    out.write(`${'field'.padEnd(30)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'F1'.padStart(8)}${'gold'.padStart(7)}${'pred'.padStart(7)}${'correct'.padStart(9)}\n`);
    for (const r of rows) out.write(`${r.field.padEnd(30)}${pct(r.precision).padStart(10)}${pct(r.recall).padStart(10)}${pct(r.f1).padStart(8)}${String(r.gold).padStart(7)}${String(r.predicted).padStart(7)}${String(r.correct).padStart(9)}\n`);
    if (values['show-errors']) for (const m of mismatches) out.write(`${JSON.stringify(m)}\n`);
  }
  for (const r of failing) out.error(`claimscope: eval ${r.field} F1 ${r.f1.toFixed(3)} is below ${threshold}`);
  return failing.length > 0 ? 1 : 0;
}

function evalPlaces(file: string, format: string, showErrors: boolean, out: { write(s: string): void }): number {
  if (format !== 'text' && format !== 'json') throw new ClaimScopeError('usage.bad_option', `--format ${format}; choices: text, json`);
  const set = loadPlaceSet(file);
  const outcomes = set.mentions.map((m) => scoreMention(m, analyze(documentOf(m), { id: m.id, published: set.published })));
  const failed = set.negatives.filter((n) => {
    const doc = documentOf(n);
    return negativeFails(n, analyze(doc, { id: n.id, published: set.published }), doc);
  });
  const summary = summarize(outcomes, set.negatives.length, failed.length);
  const misses = outcomes.filter((o) => !o.country || !o.withinUncertainty || o.admin1 === false);
  if (format === 'json') {
    out.write(`${JSON.stringify({ ...summary, ...(showErrors ? { misses, falsePlaceIds: failed.map((n) => n.id) } : {}) })}\n`);
    return 0;
  }
  for (const [k, v] of Object.entries(summary)) out.write(`${k.padEnd(22)}${String(v).padStart(8)}\n`);
  if (showErrors) {
    for (const o of misses) out.write(`${JSON.stringify(o)}\n`);
    for (const n of failed) out.write(`${JSON.stringify({ falsePlace: n.id, notPlace: n.notPlace })}\n`);
  }
  return 0;
}

function evalAssessment(file: string, format: string, showErrors: boolean, out: { write(s: string): void }): number {
  if (format !== 'text' && format !== 'json') throw new ClaimScopeError('usage.bad_option', `--format ${format}; choices: text, json`);
  const judged = loadLabelled(file).map((item) => ({ item, assessment: analyze(item.text, { id: item.id, published: '2017-06-30' }).assessment }));
  const r = report(judged);
  const wrong = judged.filter((j) => j.assessment.label !== j.item.label).map((j) => ({ id: j.item.id, kind: j.item.kind, gold: j.item.label, predicted: j.assessment.label, score: j.assessment.score, signals: j.assessment.signals.map((s) => s.code), counterSignals: j.assessment.counterSignals.map((s) => s.code) }));
  if (format === 'json') {
    out.write(`${JSON.stringify({ ...r, ...(showErrors ? { errors: wrong } : {}) })}\n`);
    return 0;
  }
  out.write(`texts ${r.texts} (${Object.entries(r.byLabel).map(([k, v]) => `${k} ${v}`).join(', ')})\n`);
  out.write(`propaganda precision ${r.propaganda.precision} recall ${r.propaganda.recall} F1 ${r.propaganda.f1}\n`);
  out.write(`false positives on reporting ${r.falsePositiveRateReporting}; accuracy ${r.accuracy}; Brier ${r.brier}; fewest signals on a propaganda label ${r.minSignalsOnPropaganda ?? '-'}\n`);
  out.write('reliability (score bin: texts, mean score, share propaganda):\n');
  for (const b of r.reliability) out.write(`  ${b.bin}: ${b.texts}, ${b.meanScore}, ${b.propagandaShare}\n`);
  if (showErrors) for (const w of wrong) out.write(`${JSON.stringify(w)}\n`);
  return 0;
}
