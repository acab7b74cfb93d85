// Named places inside paragraphs, scoped to the countries that the section (or the document) sets.
import type { Annotation, AnnotationOf } from '../../pipeline/annotations.js';
import type { Stage, StageInput } from '../../pipeline/stage.js';
import { containing } from '../../pipeline/run.js';
import type { Gazetteer, PlaceHit } from '../../geo/gazetteer.js';
import type { Span } from '../../core/types.js';

const STAGE = 'places';
/** Country annotations from adjectives ("Chadian troops") carry this rule: they name no place. */
export const ADJECTIVE_RULE = 'country-adjective';

/** The admin-1 that the hits name by itself ("in Borno state"), when they name exactly one. */
function onlyAdmin1(hits: readonly PlaceHit[]): string | null {
  let only: string | null = null;
  for (const h of hits) {
    const code = h.match.admin1Code;
    if (h.match.feature !== 'ADM1' || !code) continue;
    if (only !== null && only !== code) return null;
    only = code;
  }
  return only;
}

/** Actor names can nest ("murtadd" inside "murtadd army"): the outermost of each start is enough here. */
function outermost(actors: readonly AnnotationOf<'actor'>[]): AnnotationOf<'actor'>[] {
  const out: AnnotationOf<'actor'>[] = [];
  for (let i = 0; i < actors.length; i++) if (i === 0 || actors[i].span.start >= actors[i - 1].span.end) out.push(actors[i]);
  return out;
}

/** What scanning a document's paragraphs needs (a plain function: a closure per document costs more). */
interface Scan {
  readonly text: string;
  readonly gaz: Gazetteer;
  readonly sections: readonly AnnotationOf<'section'>[];
  readonly actors: readonly AnnotationOf<'actor'>[];
  /** Named countries and adjectives: a paragraph prefers those inside it, named ones first. */
  readonly named: readonly { code: string; span: Span }[];
  readonly adjectives: readonly { code: string; span: Span }[];
  readonly docCountries: string[];
  readonly out: Annotation[];
}

function scan(s: Scan, start: number, end: number, rule: string): void {
  const section = containing(s.sections, start);
  // Countries the paragraph names ("the army of Niger") decide between the scope's countries.
  const prefer: string[] = [];
  for (const c of s.named) if (c.span.start >= start && c.span.end <= end) prefer.push(c.code);
  for (const c of s.adjectives) if (c.span.start >= start && c.span.end <= end) prefer.push(c.code);
  const scope = section
    ? { countries: section.region.countries, admin1Code: section.region.admin1Code, strict: true, prefer, admin1Soft: section.region.admin1Soft ?? false }
    : { countries: s.docCountries, admin1Code: null, strict: false, prefer };
  let hits = s.gaz.places(s.text, start, end, scope);
  // A paragraph that names one admin-1 ("in Borno state") bounds its other names as a section would.
  const admin1 = scope.admin1Code === null ? onlyAdmin1(hits) : null;
  if (admin1 !== null) hits = s.gaz.places(s.text, start, end, { ...scope, admin1Code: admin1 });
  for (const hit of hits) {
    // "Misrata militias" names a force, not where the incident happened.
    const actor = containing(s.actors, hit.span.start);
    if (actor && hit.span.end <= actor.span.end) continue;
    s.out.push({ kind: 'place', span: hit.span, match: hit.match, stage: STAGE, rule: section ? 'section-scoped' : rule });
  }
}

export const placesStage: Stage = {
  name: STAGE,
  version: 3,
  kind: 'extractor',
  requires: ['paragraph', 'section', 'dateline', 'actor'],
  provides: ['place', 'country'],
  run({ doc, options, of }: StageInput): Annotation[] {
    const gaz = options.gazetteer;
    const text = doc.text;
    // Countries named in the text: they scope places outside any section, and events read them too.
    const named = gaz.countriesIn(text, 0, text.length);
    const adjectives = gaz.countryAdjectivesIn(text, 0, text.length);
    // Named countries first, then those only qualified ("Syrian soldiers"): both scope a story.
    const docCountries: string[] = [];
    const out: Annotation[] = [];
    for (const c of named) {
      if (!docCountries.includes(c.code)) docCountries.push(c.code);
      out.push({ kind: 'country', code: c.code, span: c.span, stage: STAGE, rule: 'countries.tsv' });
    }
    for (const c of adjectives) {
      if (!docCountries.includes(c.code)) docCountries.push(c.code);
      out.push({ kind: 'country', code: c.code, span: c.span, stage: STAGE, rule: ADJECTIVE_RULE });
    }
    const s: Scan = { text, gaz, sections: of('section'), actors: outermost(of('actor')), named, adjectives, docCountries, out };
    const datelines = of('dateline');
    for (const d of datelines) scan(s, d.span.start, d.span.end, 'dateline');
    // The dateline's country ("KABUL, …") scopes the story as a named country does.
    for (const a of out) if (a.kind === 'place' && !docCountries.includes(a.match.country)) docCountries.unshift(a.match.country);
    // Paragraphs and datelines come sorted by start: a dateline opening the paragraph is met by a cursor.
    let d = 0;
    for (const p of of('paragraph')) {
      while (d < datelines.length && datelines[d].span.start < p.span.start) d++;
      const dl = d < datelines.length && datelines[d].span.start === p.span.start ? datelines[d] : undefined;
      scan(s, dl ? dl.span.end : p.span.start, p.span.end, docCountries.length ? 'document-countries' : 'unscoped');
    }
    return out;
  },
};
