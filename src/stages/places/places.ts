// Named places inside paragraphs, scoped to the countries that the section (or the document) sets.
import type { Annotation } from '../../pipeline/annotations.js';
import type { Stage, StageInput } from '../../pipeline/stage.js';

const STAGE = 'places';

export const placesStage: Stage = {
  name: STAGE,
  version: 1,
  kind: 'extractor',
  requires: ['paragraph', 'section', 'dateline', 'actor'],
  provides: ['place'],
  run({ doc, options, of }: StageInput): Annotation[] {
    const gaz = options.gazetteer;
    const sections = of('section');
    const docCountries = [...new Set(gaz.countriesIn(doc.text, 0, doc.text.length).map((c) => c.code))];
    const out: Annotation[] = [];
    const scan = (start: number, end: number, rule: string) => {
      const section = sections.find((s) => s.span.start <= start && start < s.span.end);
      const scope = section ? section.region.countries : docCountries;
      const actors = of('actor');
      for (const hit of gaz.places(doc.text, start, end, scope, section !== undefined)) {
        // "Misrata militias" names a force, not where the incident happened.
        if (actors.some((a) => a.span.start <= hit.span.start && hit.span.end <= a.span.end)) continue;
        out.push({ kind: 'place', span: hit.span, match: hit.match, stage: STAGE, rule: section ? 'section-scoped' : rule });
      }
    };
    for (const d of of('dateline')) scan(d.span.start, d.span.end, 'dateline');
    for (const p of of('paragraph')) {
      const dl = of("dateline").find((d) => d.span.start === p.span.start);
      scan(dl ? dl.span.end : p.span.start, p.span.end, docCountries.length ? 'document-countries' : 'unscoped');
    }
    return out;
  },
};
