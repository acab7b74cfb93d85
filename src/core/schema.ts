// Output contract v1: validation against schema/analysis.v1.schema.json, plus the offset checks a
// JSON Schema cannot express (ranges ordered and inside the document).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { AnalysisResult, Span } from './types.js';

export type SchemaCheck = { ok: true } | { ok: false; errors: string[] };

export const SCHEMA_PATH = fileURLToPath(new URL('../../schema/analysis.v1.schema.json', import.meta.url));

// ajv-formats is CommonJS: under NodeNext its default import is typed as the module object. At run
// time the plugin function is module.exports and also its own `.default`, so `.default` fits both.
const addFormats = addFormatsModule.default;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled) return compiled;
  const schema: unknown = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new Error(`${SCHEMA_PATH}: not a JSON Schema object`);
  }
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  compiled = ajv.compile(schema);
  return compiled;
}

function describe(e: ErrorObject): string {
  const where = e.instancePath === '' ? '(root)' : e.instancePath;
  const params: Record<string, unknown> = e.params;
  const extra =
    e.keyword === 'enum' ? ` ${JSON.stringify(params.allowedValues)}` : e.keyword === 'const' ? ` ${JSON.stringify(params.allowedValue)}` : '';
  return `${where}: ${e.message ?? e.keyword}${extra}`;
}

/** Validates a value (an analysis result, as an object or parsed from JSON) against output contract v1. */
export function validateAnalysis(value: unknown): SchemaCheck {
  const validate = validator();
  if (validate(value)) return { ok: true };
  return { ok: false, errors: (validate.errors ?? []).map(describe) };
}

/**
 * Checks every offset in a (schema-valid) result: each range is ordered (start <= end) and lies in
 * [0, document.chars]; evidence ranges are non-empty (end > start). Covers event, actor, quantity,
 * materiel, territory, evidence, assessment signal and issue ranges.
 */
export function checkSpans(result: AnalysisResult): SchemaCheck {
  const chars = result.document.chars;
  const errors: string[] = [];
  const check = (path: string, span: Span | undefined, nonEmpty = false): void => {
    if (span === undefined) return;
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end)) errors.push(`${path}: offsets must be integers (${start}, ${end})`);
    if (start < 0) errors.push(`${path}: start ${start} < 0`);
    if (end > chars) errors.push(`${path}: end ${end} > document.chars ${chars}`);
    if (nonEmpty ? end <= start : end < start) errors.push(`${path}: end ${end} ${nonEmpty ? '<=' : '<'} start ${start}`);
  };
  const signals = (name: 'signals' | 'counterSignals'): void =>
    result.assessment[name].forEach((s, i) => s.spans.forEach((sp, j) => check(`/assessment/${name}/${i}/spans/${j}`, sp)));
  signals('signals');
  signals('counterSignals');
  result.events.forEach((ev, i) => {
    const at = `/events/${i}`;
    check(`${at}/span`, ev.span);
    ev.actors.forEach((a, j) => check(`${at}/actors/${j}/span`, a.span));
    for (const [field, q] of Object.entries(ev.casualties)) if (q) check(`${at}/casualties/${field}/span`, q.span);
    ev.materiel.forEach((m, j) => check(`${at}/materiel/${j}/span`, m.span));
    if (ev.territory) check(`${at}/territory/span`, ev.territory.span);
    ev.evidence.forEach((e, j) => check(`${at}/evidence/${j}`, { start: e.start, end: e.end }, true));
  });
  result.issues.forEach((iss, i) => check(`/issues/${i}/span`, iss.span));
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}
