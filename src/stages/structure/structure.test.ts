// Structure: paragraph and sentence spans, region headings (sections) and the news dateline.
// Every text is invented and flat. Run: node --import tsx --test src/stages/structure/structure.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { paragraphSpans, sentenceSpans, structureStage, whitespaceRuns } from './structure.js';
import { resolveOptions } from '../../core/options.js';
import { defaultGazetteer } from '../../geo/geonames-gazetteer.js';
import type { Annotation, AnnotationOf } from '../../pipeline/annotations.js';
import type { StageInput } from '../../pipeline/stage.js';
import { tokenize } from '../../core/tokens.js';

const options = resolveOptions({ gazetteer: defaultGazetteer() });

/** The structure stage alone, on a hand-built input: it requires no earlier annotations. */
function runStructure(text: string): Annotation[] {
  const input: StageInput = { doc: { id: 'test', text, published: null }, options, annotations: [], of: () => [], within: () => [], tokens: () => tokenize(text) };
  return structureStage.run(input);
}

const ofKind = <K extends Annotation['kind']>(list: readonly Annotation[], kind: K) =>
  list.filter((a): a is AnnotationOf<K> => a.kind === kind);

const texts = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('paragraphSpans', () => {
  test('one span per non-blank line, trimmed, with offsets into the original text', () => {
    const text = '  First line here.  \n\n\tSecond line.\n';
    const spans = paragraphSpans(text);
    assert.deepEqual(spans, [{ start: 2, end: 18 }, { start: 23, end: 35 }]);
    assert.deepEqual(texts(text, spans), ['First line here.', 'Second line.']);
  });

  test('a carriage return before the line feed is not part of the paragraph', () => {
    const text = 'Wilayat Khayr\r\nOn the 3rd of Safar, they attacked.\r\n';
    assert.deepEqual(texts(text, paragraphSpans(text)), ['Wilayat Khayr', 'On the 3rd of Safar, they attacked.']);
  });

  test('an empty or blank text has no paragraphs', () => {
    assert.deepEqual(paragraphSpans(''), []);
    assert.deepEqual(paragraphSpans(' \n\n \t\n'), []);
  });
});

describe('sentenceSpans', () => {
  const rows: ReadonlyArray<{ name: string; text: string; sentences: readonly string[] }> = [
    { name: 'splits on a full stop before a capital', text: 'They attacked a checkpoint. Two soldiers were killed.', sentences: ['They attacked a checkpoint.', 'Two soldiers were killed.'] },
    { name: '"Oct." does not end a sentence', text: 'On Oct. 5 the army attacked. Two soldiers were killed.', sentences: ['On Oct. 5 the army attacked.', 'Two soldiers were killed.'] },
    { name: '"U.S." inside a sentence does not end it', text: 'The U.S. military said two were killed. Officials agreed.', sentences: ['The U.S. military said two were killed.', 'Officials agreed.'] },
    { name: '"U.S." opening a sentence does not end the previous one', text: 'U.S. forces struck a position. The strike killed four.', sentences: ['U.S. forces struck a position.', 'The strike killed four.'] },
    { name: 'a title abbreviation does not end a sentence', text: 'Gen. Salim al-Tahiri said two were killed. Police arrived.', sentences: ['Gen. Salim al-Tahiri said two were killed.', 'Police arrived.'] },
    { name: 'a single initial does not end a sentence', text: 'A. B. Salim was killed. Police arrived.', sentences: ['A. B. Salim was killed.', 'Police arrived.'] },
    { name: 'a closing quote stays with its sentence', text: 'He said "it is over." Then he left.', sentences: ['He said "it is over."', 'Then he left.'] },
    { name: 'a decimal number does not end a sentence', text: 'The blast damaged 3.5 km of road. Police arrived.', sentences: ['The blast damaged 3.5 km of road.', 'Police arrived.'] },
    { name: 'a question or exclamation mark ends a sentence', text: 'Who fired? Nobody knows! Police arrived.', sentences: ['Who fired?', 'Nobody knows!', 'Police arrived.'] },
    { name: 'a sentence opening with a number', text: 'They attacked the base. 12 soldiers were killed.', sentences: ['They attacked the base.', '12 soldiers were killed.'] },
  ];
  for (const row of rows) {
    test(row.name, () => {
      const text = `Intro line.\n${row.text}`;
      const [, para] = paragraphSpans(text);
      const spans = sentenceSpans(text, para);
      assert.deepEqual(texts(text, spans), row.sentences);
      assert.equal(spans[0].start, para.start);
      assert.equal(spans[spans.length - 1].end, para.end);
    });
  }
});

describe('structure stage: region headings become sections', () => {
  const rows: ReadonlyArray<{ heading: string; region: string; rule: string }> = [
    { heading: 'Wilayat Khayr', region: 'Khayr', rule: 'heading-province' },
    { heading: 'Wilayah of Ninawa', region: 'Ninawa', rule: 'heading-province' },
    { heading: 'Khayr Wilayah', region: 'Khayr', rule: 'heading-province' },
    { heading: 'Kenya', region: 'Kenya', rule: 'heading-country' },
    { heading: 'Gharb Ifriqiyyah Wilayah', region: 'Gharb Ifriqiyyah', rule: 'heading-province' },
  ];
  for (const row of rows) {
    test(row.heading, () => {
      const text = `Summary of the operations of the week.\n\n${row.heading}\n\nOn the 3rd of Safar, soldiers of the Khilafah attacked a checkpoint.`;
      const out = runStructure(text);
      const [section] = ofKind(out, 'section');
      assert.equal(ofKind(out, 'section').length, 1);
      assert.equal(section.region.name, row.region);
      assert.equal(section.rule, row.rule);
      assert.equal(text.slice(section.heading.start, section.heading.end), row.heading);
      assert.deepEqual(section.span, { start: text.indexOf(row.heading), end: text.length });
      // A heading is not a paragraph; the lines around it are.
      assert.deepEqual(texts(text, ofKind(out, 'paragraph').map((p) => p.span)), [
        'Summary of the operations of the week.',
        'On the 3rd of Safar, soldiers of the Khilafah attacked a checkpoint.',
      ]);
    });
  }

  test('a section ends where the next heading begins', () => {
    const text = 'Wilayat Khayr\n\nOn the 3rd of Safar, they attacked.\n\nWilayah of Ninawa\n\nOn the 4th of Safar, they attacked.';
    const sections = ofKind(runStructure(text), 'section');
    assert.deepEqual(sections.map((s) => [s.region.name, s.span.start, s.span.end]), [
      ['Khayr', 0, text.indexOf('Wilayah of Ninawa')],
      ['Ninawa', text.indexOf('Wilayah of Ninawa'), text.length],
    ]);
  });
});

describe('structure stage: lines that are not headings', () => {
  const rows: ReadonlyArray<{ name: string; line: string }> = [
    { name: 'a sentence naming a country', line: 'Soldiers of the Khilafah attacked a checkpoint in Kenya' },
    { name: 'a heading-like name with a full stop', line: 'Kenya.' },
    { name: 'a long line naming a province', line: 'The soldiers of the Khilafah attacked positions in the Wilayah of Ninawa over the past week' },
    { name: 'several provinces on one line', line: 'Wilayah of Ninawa and Wilayat Khayr and Wilayat Kirkuk' },
    { name: 'a Hijri date phrase', line: 'On the 3rd of Safar, soldiers of the Khilafah attacked a checkpoint.' },
    { name: 'a short date line', line: 'On the 3rd of Safar' },
    { name: 'an unknown province', line: 'Wilayat Nowhere' },
    { name: 'a lower-case line', line: 'kenya' },
  ];
  for (const row of rows) {
    test(row.name, () => {
      const text = `${row.line}\n\nOn the 4th of Safar, they attacked.`;
      const out = runStructure(text);
      assert.deepEqual(ofKind(out, 'section'), []);
      assert.equal(text.slice(ofKind(out, 'paragraph')[0].span.start, ofKind(out, 'paragraph')[0].span.end), row.line);
    });
  }
});

describe('structure stage: the news dateline', () => {
  const rows: ReadonlyArray<{ text: string; dateline: string }> = [
    { text: 'MAIDUGURI, Nigeria, March 12 (Wire) - Gunmen attacked a village.', dateline: 'MAIDUGURI, Nigeria, March 12 (Wire) - ' },
    { text: 'MAIDUGURI, Nigeria, March 12 (Wire) – Gunmen attacked a village.', dateline: 'MAIDUGURI, Nigeria, March 12 (Wire) – ' },
    { text: 'BAGHDAD, Nov 6 (Wire) - A bomb exploded in a market.', dateline: 'BAGHDAD, Nov 6 (Wire) - ' },
    { text: 'AL-ARISH, Egypt, Jan 9 (Wire) - A bomb exploded.', dateline: 'AL-ARISH, Egypt, Jan 9 (Wire) - ' },
    { text: 'KABUL — By Nadia Rahimi\n\nMilitants fired rockets at the city.', dateline: 'KABUL — ' },
    { text: '\n\n  BAGHDAD, Nov 6 (Wire) - A bomb exploded.', dateline: 'BAGHDAD, Nov 6 (Wire) - ' },
    { text: 'Gunmen attack village in Borno\n\nMAIDUGURI, Nigeria, March 12 (Wire) - Gunmen attacked a village.', dateline: 'MAIDUGURI, Nigeria, March 12 (Wire) - ' },
  ];
  for (const row of rows) {
    test(row.dateline, () => {
      const datelines = ofKind(runStructure(row.text), 'dateline');
      assert.equal(datelines.length, 1);
      assert.equal(datelines[0].span.start, row.text.indexOf(row.dateline));
      assert.equal(row.text.slice(datelines[0].span.start, datelines[0].span.end), row.dateline);
    });
  }

  const negatives: ReadonlyArray<{ name: string; text: string }> = [
    { name: 'a roundup introduction', text: 'Summary of the operations of the soldiers of the Khilafah - Week 12\n\nWilayat Khayr' },
    { name: 'a Hijri date opening', text: 'On the 3rd of Safar, soldiers of the Khilafah attacked - it said.' },
    { name: 'a capitalised place after the first paragraph', text: 'Gunmen attacked a village.\n\nMAIDUGURI, Nigeria - Officials said more.' },
    { name: 'a capitalised place after a headline and a sentence', text: 'Gunmen attack village in Borno\n\nGunmen attacked a village.\n\nMAIDUGURI, Nigeria - Officials said more.' },
  ];
  for (const row of negatives) {
    test(`no dateline: ${row.name}`, () => {
      assert.deepEqual(ofKind(runStructure(row.text), 'dateline'), []);
    });
  }
});

describe('closed gaps', () => {
  test('"a.m." ends a sentence before a capital', () => {
    const text = 'The bomb exploded at 10 a.m. Police arrived.';
    const [para] = paragraphSpans(text);
    assert.deepEqual(texts(text, sentenceSpans(text, para)), ['The bomb exploded at 10 a.m.', 'Police arrived.']);
  });
  test('"a.m." before a lower-case word does not end a sentence', () => {
    const text = 'The bomb exploded at 10 a.m. on Sunday near the market. Police arrived.';
    const [para] = paragraphSpans(text);
    assert.deepEqual(texts(text, sentenceSpans(text, para)), ['The bomb exploded at 10 a.m. on Sunday near the market.', 'Police arrived.']);
  });
});

test('whitespaceRuns is one less than the pieces of split(/\\s+/)', () => {
  const rows: [string, number][] = [['Wilayat Kirkuk', 1], ['', 0], ['  a\u00a0\n b ', 3], ['Sinai', 0],
    // must NOT count each space of a run apart.
    ['a    b', 1]];
  for (const [line, runs] of rows) assert.equal(whitespaceRuns(line), runs, JSON.stringify(line));
  const text = fc.array(fc.constantFrom('a', 'B', ' ', '\t', '\n', '\u00a0', '\u2003', 'é', '.'), { maxLength: 30 }).map((p) => p.join(''));
  fc.assert(fc.property(text, (line) => assert.equal(whitespaceRuns(line), line.split(/\s+/).length - 1, JSON.stringify(line))), { numRuns: 3000 });
});

test('property: sentenceSpans splits as the plain pattern over every full stop does', () => {
  const ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'no', 'u.s', 'u.n', 'vs', 'etc', 'inc', 'co']);
  const reference = (text: string) => {
    const out: { start: number; end: number }[] = [];
    const re = /[.!?]["'”’)\]]?\s+(?=["“‘(]?[\p{Lu}\d])/gu;
    let s = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = /([\p{L}.]+)[.!?]$/u.exec(text.slice(Math.max(0, m.index - 8), m.index + 1));
      const word = before ? before[1].toLowerCase() : '';
      if (text[m.index] === '.' && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
      out.push({ start: s, end: m.index + m[0].trimEnd().length });
      s = m.index + m[0].length;
    }
    if (s < text.length) out.push({ start: s, end: text.length });
    return out;
  };
  const piece = fc.constantFrom('Sept', 'sept', 'U.S', 'Gen', 'J', 'attacked', 'Kirkuk', 'killedX', 'é', 'Éclair', '𝐀', '2019', '.', '. ', '! ', '? ', '." ', ' ', '  ', 'A', 'b',
    'a.', 'I.', 'u.n', 'no', 'Dr', 'x', '\u00a0', '\n', "'", ',', '(', 'ß', 'ab', 'Mr.', '.)');
  fc.assert(fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
    const text = parts.join('');
    assert.deepEqual(sentenceSpans(text, { start: 0, end: text.length }), reference(text), JSON.stringify(text));
  }), { numRuns: 5000 });
});
