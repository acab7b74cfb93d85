// Voice and purpose cues with their offsets; and what must not fire. Sentences are invented and flat.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assessmentCueHits } from './assessment-cues.js';

const ROWS: ReadonlyArray<{ text: string; found: [code: string, phrase: string][] }> = [
  { text: 'They attacked a checkpoint, killing 15 of them.', found: [['voice.enemy_count', 'killing 15 of them']] },
  { text: 'They struck a gathering, killing and wounding more than 20 of them.', found: [['voice.enemy_count', 'killing and wounding more than 20 of them']] },
  { text: 'The attack took place near Samarra, Wilayat Salahuddin.', found: [['voice.province_name', 'Wilayat Salahuddin']] },
  { text: 'Amaq Agency: An attack hit a checkpoint.', found: [['voice.own_agency', 'Amaq Agency:']] },
  { text: 'Statement\n\nThe reports are false.', found: [['voice.own_agency', 'Statement']] },
  { text: 'By the grace of Allah, our brother carried it out.', found: [['voice.glorification', 'By the grace of Allah'], ['voice.possession', 'our brother']] },
  { text: 'The claim could not be independently verified, police said.', found: [['purpose.hedging', 'could not be independently verified'], ['purpose.attribution', 'police said']] },
  { text: 'Claims rose sharply (Smith 2019), see https://example.org/report.', found: [['purpose.citation', '(Smith 2019)'], ['purpose.citation', 'https://example.org/report.']] },
  { text: 'By Jane Doe\n\nThe group attacked the town.', found: [['purpose.byline', 'By Jane Doe']] },
  // must NOT fire: "of them" without a count of casualties, a heading line, a statement mid-text.
  { text: 'Two of them were seen near the market; most of them left.', found: [] },
  { text: 'Wilayat Salahuddin\n\nThe patrol returned.', found: [] },
  { text: 'The ministry issued a statement on Monday.', found: [] },
];

for (const row of ROWS) {
  test(row.text.replace(/\n/g, ' '), () => {
    const got = assessmentCueHits(row.text).map((h) => [h.code, row.text.slice(h.start, h.end)]);
    assert.deepEqual(got, row.found);
  });
}
