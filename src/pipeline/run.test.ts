// The orchestrator: stage-order check, pipeline fingerprint, and how extractors and refiners fold.
// Run: node --import tsx --test src/pipeline/run.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkOrder, pipelineFingerprint, runStages, runStagesBatch, runStagesEach } from './run.js';
import { STAGES } from './stages.js';
import type { Annotation, AnnotationKind } from './annotations.js';
import type { Stage } from './stage.js';
import { ClaimScopeError } from '../core/errors.js';
import { resolveOptions } from '../core/options.js';
import type { Gazetteer } from '../geo/gazetteer.js';

const options = resolveOptions({});

function fake(name: string, requires: readonly AnnotationKind[], provides: readonly AnnotationKind[], run: Stage['run'] = () => [], kind: Stage['kind'] = 'extractor'): Stage {
  return { name, version: 1, kind, requires, provides, run };
}

function orderError(stages: readonly Stage[]): ClaimScopeError {
  try {
    checkOrder(stages);
  } catch (e) {
    assert.ok(e instanceof ClaimScopeError, `expected a ClaimScopeError, got ${String(e)}`);
    return e;
  }
  assert.fail('checkOrder did not throw');
}

describe('checkOrder', () => {
  test('the engine\'s STAGES are in a valid order', () => {
    assert.doesNotThrow(() => checkOrder(STAGES));
  });

  test('an empty pipeline is valid', () => {
    assert.doesNotThrow(() => checkOrder([]));
  });

  test('a stage that needs a kind no earlier stage provides is a coded error naming the stage', () => {
    const err = orderError([fake('paragraphs', [], ['paragraph']), fake('incidents', ['paragraph', 'sentence'], ['incident'])]);
    assert.equal(err.code, 'pipeline.bad_stage_order');
    assert.match(err.message, /'incidents'/);
    assert.match(err.message, /'sentence'/);
  });

  test('a kind provided only by a later stage does not count', () => {
    const err = orderError([fake('incidents', ['sentence'], ['incident']), fake('sentences', [], ['sentence'])]);
    assert.equal(err.code, 'pipeline.bad_stage_order');
    assert.match(err.message, /'incidents'/);
  });

  test('a stage cannot satisfy its own requirement', () => {
    const err = orderError([fake('self', ['paragraph'], ['paragraph'])]);
    assert.equal(err.code, 'pipeline.bad_stage_order');
    assert.match(err.message, /'self'/);
  });

  test('moving a real stage before what it needs fails on that stage', () => {
    const segment = STAGES.find((s) => s.name === 'segment');
    assert.ok(segment);
    const err = orderError([segment, ...STAGES.filter((s) => s !== segment)]);
    assert.equal(err.code, 'pipeline.bad_stage_order');
    assert.match(err.message, /'segment'/);
  });
});

describe('pipelineFingerprint', () => {
  const base = pipelineFingerprint(STAGES, options);

  test('is a short sha256 and stable for the same stages and options', () => {
    assert.match(base, /^sha256:[0-9a-f]{16}$/);
    assert.equal(pipelineFingerprint([...STAGES], resolveOptions({})), base);
  });

  test('changes when a stage version changes', () => {
    const bumped = STAGES.map((s, i) => (i === 3 ? { ...s, version: s.version + 1 } : s));
    assert.notEqual(pipelineFingerprint(bumped, options), base);
  });

  test('changes when the stage order changes', () => {
    const swapped = [STAGES[1], STAGES[0], ...STAGES.slice(2)];
    assert.notEqual(pipelineFingerprint(swapped, options), base);
  });

  test('changes when the gazetteer version changes', () => {
    const inner = options.gazetteer;
    const gazetteer: Gazetteer = {
      version: `${inner.version}+test`,
      region: (h) => inner.region(h),
      places: (...a) => inner.places(...a),
      country: (c) => inner.country(c),
      admin1Centroid: (c) => inner.admin1Centroid(c),
      countryCentroid: (c) => inner.countryCentroid(c),
      countriesIn: (...a) => inner.countriesIn(...a),
      countryAdjectivesIn: (...a) => inner.countryAdjectivesIn(...a),
    };
    assert.notEqual(pipelineFingerprint(STAGES, resolveOptions({ gazetteer })), base);
  });

  test('does not depend on the publication date', () => {
    assert.equal(pipelineFingerprint(STAGES, resolveOptions({ published: '2017-11-02' })), base);
  });
});

describe('runStages', () => {
  const doc = { id: 'run-test', text: 'One.\nTwo.', published: null };
  const para = (start: number, end: number): Annotation => ({ kind: 'paragraph', span: { start, end }, stage: 'fake', rule: 'line' });

  test('extractors add to the annotations; later stages see earlier kinds through of()', () => {
    const seen: number[] = [];
    const out = runStages([
      fake('paragraphs', [], ['paragraph'], () => [para(0, 4), para(5, 9)]),
      fake('counter', ['paragraph'], [], ({ of }) => { seen.push(of('paragraph').length); return []; }),
    ], doc, options);
    assert.deepEqual(seen, [2]);
    assert.deepEqual(out.map((a) => [a.kind, a.span.start, a.span.end]), [['paragraph', 0, 4], ['paragraph', 5, 9]]);
  });

  test('of() lists each kind sorted by start (stable), whatever order the extractors add them in', () => {
    const sentence = (start: number, rule: string): Annotation => ({ kind: 'sentence', span: { start, end: start + 1 }, stage: 'fake', rule });
    const seen: string[][] = [];
    const show = (list: readonly Annotation[]) => list.map((a) => `${a.span.start}${a.rule}`);
    const out = runStages([
      fake('first', [], ['paragraph', 'sentence'], () => [para(5, 9), sentence(6, 'a'), sentence(2, 'b'), para(0, 4), sentence(6, 'c'), sentence(8, 'd')]),
      fake('second', ['sentence'], ['sentence'], ({ of }) => { seen.push(show(of('sentence')), show(of('paragraph')), show(of('date'))); return [sentence(1, 'e'), sentence(6, 'f'), sentence(9, 'g')]; }),
      fake('third', ['sentence'], [], ({ of }) => { seen.push(show(of('sentence'))); return []; }),
    ], doc, options);
    assert.deepEqual(seen, [['2b', '6a', '6c', '8d'], ['0line', '5line'], [], ['1e', '2b', '6a', '6c', '6f', '8d', '9g']]);
    assert.deepEqual(out.map((a) => `${a.span.start}${a.rule}`), ['5line', '6a', '2b', '0line', '6c', '8d', '1e', '6f', '9g']);
  });

  test('a later stage reads every annotation so far in order; the extractors\' own lists are left as returned', () => {
    const first = [para(5, 9), para(0, 4)];
    const second = [para(2, 3)];
    const seen: string[] = [];
    const out = runStages([
      fake('first', [], ['paragraph'], () => first),
      fake('second', ['paragraph'], ['paragraph'], () => second),
      fake('reader', ['paragraph'], [], ({ annotations, of }) => {
        seen.push(annotations.map((a) => a.span.start).join(','), of('paragraph').map((a) => a.span.start).join(','));
        return [];
      }),
    ], doc, options);
    assert.deepEqual(seen, ['5,0,2', '0,2,5']);
    assert.deepEqual(out.map((a) => a.span.start), [5, 0, 2]);
    assert.deepEqual(first.map((a) => a.span.start), [5, 0]);
    assert.deepEqual(second.map((a) => a.span.start), [2]);
  });

  test('a refiner\'s output replaces the annotations', () => {
    const out = runStages([
      fake('paragraphs', [], ['paragraph'], () => [para(0, 4), para(5, 9)]),
      fake('keep-first', ['paragraph'], ['paragraph'], ({ annotations }) => annotations.filter((a) => a.span.start === 0), 'refiner'),
    ], doc, options);
    assert.deepEqual(out.map((a) => a.span), [{ start: 0, end: 4 }]);
  });
});

describe('runStagesEach', () => {
  const docs = ['One.', 'Two two.', 'Three.'].map((text, i) => ({ doc: { id: `each-${i}`, text, published: null }, options }));
  const whole = (stage: string) => fake(stage, [], ['paragraph'], ({ doc }) => [{ kind: 'paragraph', span: { start: 0, end: doc.text.length }, stage, rule: doc.id }]);

  test('each document is handed over once, right after the last stage ran on it, with what runStagesBatch returns for it', () => {
    const calls: string[] = [];
    const stages = [whole('a'), fake('b', [], [], ({ doc }) => { calls.push(`b ${doc.id}`); return []; }), fake('c', [], [], ({ doc }) => { calls.push(`c ${doc.id}`); return []; })];
    const handed: Annotation[][] = [];
    runStagesEach(stages, docs, (i, annotations) => { calls.push(`done ${i}`); handed[i] = annotations; });
    assert.deepEqual(calls, ['b each-0', 'b each-1', 'b each-2', 'c each-0', 'done 0', 'c each-1', 'done 1', 'c each-2', 'done 2']);
    assert.deepEqual(handed, runStagesBatch(stages, docs));
    assert.deepEqual(handed.map((list) => list.map((a) => [a.rule, a.span.end])), [[['each-0', 4]], [['each-1', 8]], [['each-2', 6]]]);
  });

  test('with no stages every document is handed over, with no annotations', () => {
    const handed: [number, number][] = [];
    runStagesEach([], docs, (i, annotations) => handed.push([i, annotations.length]));
    assert.deepEqual(handed, [[0, 0], [1, 0], [2, 0]]);
    assert.deepEqual(runStagesBatch([], docs), [[], [], []]);
  });
});
