// Deterministic generator of an invented benchmark corpus in the genre's shape.
//
// Every sentence comes from the invented fixtures in fixtures/gold/docs/*.txt: documents are built
// by recombining their paragraphs and sections; only standalone counts, Hijri day numbers and
// place names are varied, and the replacement places are drawn from those same fixtures. No new
// wording is ever introduced. Seeded PRNG (mulberry32), no dependencies beyond node built-ins.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusDoc {
  text: string;
  published: string;
}

export interface CorpusOptions {
  /** Target total size in UTF-8 bytes (default 20 MB = 20,000,000 bytes). */
  bytes?: number;
  /** PRNG seed (default 1). */
  seed?: number;
}

export const DEFAULT_CORPUS_BYTES = 20_000_000;
export const ROUNDUP_SHARE = 0.7;

const DOCS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'gold', 'docs');

// ---------------------------------------------------------------------------------------------
// PRNG

type Rng = () => number;

/** mulberry32: small, fast, good enough for test data; returns floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
function pick<T>(rng: Rng, xs: readonly T[]): T {
  if (xs.length === 0) throw new RangeError('pick from empty list');
  return xs[Math.floor(rng() * xs.length)] as T;
}

// ---------------------------------------------------------------------------------------------
// Fixture parsing

interface Section {
  header: string;
  paragraphs: string[];
}

interface Pools {
  roundupTitles: string[];
  roundupSections: Section[];
  roundupParagraphs: string[];
  newsLeads: string[][];
  newsParagraphs: string[];
  places: string[];
}

const PLACE = String.raw`(?:al-)?[A-Z][A-Za-z'’ʿ‘]*(?:-[A-Za-z][A-Za-z'’ʿ‘]*)*(?: (?:ez-|al-)?[A-Z][A-Za-z'’ʿ‘]*(?:-[A-Za-z][A-Za-z'’ʿ‘]*)*)*`;
// A place name after a context that introduces one ("the town of X", "near X", "east of X", …).
const PLACE_CONTEXT = String.raw`\b(?:(?:the )?(?:town|city|village|area) of|near|outside|between|(?:east|west|north|south) of)`;
const PLACE_RE_SOURCE = String.raw`(${PLACE_CONTEXT} )(?:(the (?:town|city|village|area) of ))?(${PLACE})`;
// A Hijri day number at the start of a date phrase: "On the 3rd of Safar", "On 5 Safar".
const GREGORIAN = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const HIJRI_DAY_SOURCE = String.raw`(\bOn (?:the )?)(\d{1,2})(st|nd|rd|th)?(?=(?: of)? (?!(?:${GREGORIAN})\b)[A-Z])`;
// A standalone count: not part of a calibre, model, time, year, decimal, range or distance, and
// not right after a capitalised word ("Leopard 2", "Nov 6").
const COUNT_SOURCE = String.raw`(?<![\w.,:'’/-])(?<![A-Z][\w.-]* )(\d{1,3})(?![\w.,:%/-]|\s?(?:km|kilometres|miles|a\.m|p\.m)\b)`;

const isHeader = (p: string): boolean => p.length < 60 && !/[.!?"]$/.test(p);

function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function readFixtures(): { name: string; text: string }[] {
  return readdirSync(DOCS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(DOCS_DIR, f), 'utf8') }));
}

let cachedPools: Pools | null = null;

function pools(): Pools {
  if (cachedPools) return cachedPools;
  const p: Pools = { roundupTitles: [], roundupSections: [], roundupParagraphs: [], newsLeads: [], newsParagraphs: [], places: [] };
  const placeSet = new Set<string>();
  const placeRe = new RegExp(PLACE_RE_SOURCE, 'g');
  for (const { name, text } of readFixtures()) {
    for (const m of text.matchAll(placeRe)) {
      const place = m[3] ?? '';
      if (place.length >= 3 && !/['’]s$/.test(place)) placeSet.add(place);
    }
    const paras = splitParagraphs(text);
    if (paras.length === 0) continue;
    if (name.startsWith('roundup')) {
      p.roundupTitles.push(paras[0] as string);
      let current: Section | null = null;
      for (const para of paras.slice(1)) {
        if (isHeader(para)) {
          current = { header: para, paragraphs: [] };
          p.roundupSections.push(current);
        } else {
          p.roundupParagraphs.push(para);
          if (current) current.paragraphs.push(para);
        }
      }
    } else {
      // A lead is the dateline paragraph; a byline-only paragraph ("KABUL — By …") keeps the next one.
      const leadLen = paras.length > 1 && isHeader(paras[0] as string) ? 2 : 1;
      p.newsLeads.push(paras.slice(0, leadLen));
      p.newsParagraphs.push(...paras.slice(leadLen));
    }
  }
  p.roundupSections = p.roundupSections.filter((s) => s.paragraphs.length > 0);
  p.places = [...placeSet].sort();
  if (p.roundupTitles.length === 0 || p.roundupSections.length === 0 || p.newsLeads.length === 0 || p.newsParagraphs.length === 0) {
    throw new Error(`corpus: fixtures in ${DOCS_DIR} lack roundup or news documents`);
  }
  cachedPools = p;
  return p;
}

/** The place names the generator draws from (all taken from the fixtures). */
export function fixturePlaces(): readonly string[] {
  return pools().places;
}

/** All fixture texts, for callers that need the source vocabulary (e.g. a baseline word list). */
export function fixtureTexts(): string[] {
  return readFixtures().map((f) => f.text);
}

// ---------------------------------------------------------------------------------------------
// Variation: counts, Hijri day numbers, place names

const ordinalSuffix = (n: number): string => {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
};

const VARY_RE = new RegExp(`${PLACE_RE_SOURCE}|${HIJRI_DAY_SOURCE}|${COUNT_SOURCE}`, 'g');

function vary(rng: Rng, para: string, places: readonly string[], hijri: boolean): string {
  return para.replace(VARY_RE, (whole: string, ...groups: unknown[]) => {
    const g = (i: number): string | undefined => (typeof groups[i] === 'string' ? (groups[i] as string) : undefined);
    const [ctx, innerCtx, , onPrefix, day, suffix, count] = [g(0), g(1), g(2), g(3), g(4), g(5), g(6)];
    if (ctx !== undefined) {
      return rng() < 0.75 ? `${ctx}${innerCtx ?? ''}${pick(rng, places)}` : whole;
    }
    if (onPrefix !== undefined && day !== undefined) {
      if (!hijri) return whole;
      const d = int(rng, 1, 29);
      return `${onPrefix}${d}${suffix !== undefined ? ordinalSuffix(d) : ''}`;
    }
    if (count !== undefined) {
      const n = Number(count);
      const lo = Math.max(1, Math.round(n * 0.5));
      const hi = Math.max(lo + 1, Math.round(n * 1.5));
      return String(int(rng, lo, hi));
    }
    return whole;
  });
}

// ---------------------------------------------------------------------------------------------
// Document builders

const byteLen = (s: string): number => Buffer.byteLength(s, 'utf8');
const SEP = '\n\n';

/** A roundup: a title, then sections (header + paragraphs) until about `target` bytes. */
function buildRoundup(rng: Rng, target: number): string {
  const p = pools();
  const parts: string[] = [pick(rng, p.roundupTitles)];
  let size = byteLen(parts[0] as string);
  let misses = 0;
  let lastHeader = '';
  for (let guard = 0; size < target && guard < 10_000 && misses < 8; guard++) {
    let section = pick(rng, p.roundupSections);
    if (section.header === lastHeader) section = pick(rng, p.roundupSections); // rarely the same header twice
    // Keep the section's own paragraphs, sometimes with a paragraph borrowed from another section.
    const body = section.paragraphs.filter(() => rng() < 0.85);
    if (body.length === 0) body.push(pick(rng, section.paragraphs));
    if (rng() < 0.3) body.splice(int(rng, 0, body.length), 0, pick(rng, p.roundupParagraphs));
    const varied = body.map((b) => vary(rng, b, p.places, true));
    const headAdd = byteLen(section.header) + byteLen(varied[0] as string) + 2 * SEP.length;
    // A section needs its header and at least one paragraph; stop when even that overshoots.
    if (parts.length > 1 && size + headAdd > target) {
      misses++;
      continue;
    }
    parts.push(section.header, varied[0] as string);
    size += headAdd;
    lastHeader = section.header;
    for (const para of varied.slice(1)) {
      const add = byteLen(para) + SEP.length;
      if (size + add > target) break;
      parts.push(para);
      size += add;
    }
  }
  return parts.join(SEP);
}

/** A news story: a dateline lead, then body paragraphs until about `target` bytes. */
function buildNews(rng: Rng, target: number): string {
  const p = pools();
  const lead = pick(rng, p.newsLeads).map((l) => vary(rng, l, p.places, false));
  const parts: string[] = [...lead];
  let size = byteLen(parts.join(SEP));
  let misses = 0;
  for (let guard = 0; size < target && guard < 10_000 && misses < 8; guard++) {
    const para = vary(rng, pick(rng, p.newsParagraphs), p.places, false);
    const add = byteLen(para) + SEP.length;
    if (size + add > target && parts.length > lead.length) {
      misses++;
      continue;
    }
    parts.push(para);
    size += add;
  }
  return parts.join(SEP);
}

function publishedDate(rng: Rng): string {
  // 2015-01-01 .. 2019-12-31, as an ISO calendar date.
  const start = Date.UTC(2015, 0, 1);
  const days = int(rng, 0, 5 * 365);
  return new Date(start + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * N documents whose texts total `bytes` UTF-8 bytes (±10%), ~70% roundups and ~30% news stories
 * by count. Deterministic for a given seed.
 */
export function generateCorpus(opts: CorpusOptions = {}): CorpusDoc[] {
  const bytes = opts.bytes ?? DEFAULT_CORPUS_BYTES;
  const seed = opts.seed ?? 1;
  if (!Number.isFinite(bytes) || bytes <= 0) throw new RangeError(`corpus: bytes must be positive, got ${bytes}`);
  const rng = mulberry32(seed);
  const out: CorpusDoc[] = [];
  let total = 0;
  while (total < bytes * 0.98) {
    const remaining = bytes - total;
    const roundup = rng() < ROUNDUP_SHARE;
    // Roundups 1–6 KB, news 0.8–3 KB, never much past what is left of the budget.
    const want = roundup ? int(rng, 1_000, 6_000) : int(rng, 800, 3_000);
    const target = Math.max(300, Math.min(want, remaining));
    const text = roundup ? buildRoundup(rng, target) : buildNews(rng, target);
    out.push({ text, published: publishedDate(rng) });
    total += byteLen(text);
  }
  return out;
}

/** One roundup of about 10 KB (9.5–10.5 KB), always the same text. */
export function roundup10k(seed = 10_240): string {
  const rng = mulberry32(seed);
  for (let attempt = 0; attempt < 100; attempt++) {
    const text = buildRoundup(rng, 10_240);
    const n = byteLen(text);
    if (n >= 9_728 && n <= 10_752) return text;
  }
  throw new Error('roundup10k: could not build a document of 9.5–10.5 KB');
}

/** Total UTF-8 size of a corpus. */
export function corpusBytes(docs: readonly CorpusDoc[]): number {
  let n = 0;
  for (const d of docs) n += byteLen(d.text);
  return n;
}
