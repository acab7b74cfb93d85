// Actors of an incident in neutral canonical names; the in-group wording stays in `text` and the span.
import type { AnnotationOf } from '../../pipeline/annotations.js';
import type { Actor, Span } from '../../core/types.js';
import { ACTION_VERB } from '../segment/markers.js';
import type { EventContext } from './event-context.js';
import type { Gazetteer } from '../../geo/gazetteer.js';
import { Gathered } from './gathered.js';

function canonical(a: AnnotationOf<'actor'>, adjective: string | null): string {
  if (!a.canonical.includes('{adj} ')) return a.canonical;
  return a.canonical.replace('{adj} ', adjective ? `${adjective} ` : a.canonical.includes('army') ? 'government ' : '');
}

function actor(ctx: EventContext, role: Actor['role'], a: AnnotationOf<'actor'>, name: string): Actor {
  return { role, text: ctx.text.slice(a.span.start, a.span.end), canonical: name, span: a.span };
}

export function isTarget(a: AnnotationOf<'actor'>): boolean {
  return a.actorKind === 'armed' || a.actorKind === 'civilian';
}

/**
 * A pejorative right before another actor qualifies it ("murtadd Peshmerga", "Rafidi Houthis"):
 * it is no actor of its own, and no civilian victim.
 */
export function withoutQualifiers(ctx: EventContext, actors: readonly AnnotationOf<'actor'>[]): readonly AnnotationOf<'actor'>[] {
  // Mostly there is none: the list itself is returned, copied only from the first one dropped.
  let kept: AnnotationOf<'actor'>[] | null = null;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    const next = actors[i + 1];
    const qualifier = a.canonical === 'opposing forces' || (a.ingroup && a.actorKind === 'civilian');
    const drop = qualifier && next !== undefined && /^\s{1,2}$/.test(ctx.text.slice(a.span.end, next.span.start));
    if (drop) kept ??= actors.slice(0, i);
    else if (kept) kept.push(a);
  }
  return kept ?? actors;
}

// The actors of the event being built (about 3).
const scratch = new Gathered<Actor>();

export function actorsOf(ctx: EventContext, inIncident: readonly AnnotationOf<'actor'>[], country: string | null): Actor[] {
  const adjective = country ? adjectiveOf(ctx.options.gazetteer, country) : null;
  const claimant = ctx.stance === 'claimant';
  const actors = scratch;
  actors.clear();
  const perp = firstOfKind(inIncident, 'group') ?? (claimant ? ctx.groupMention : undefined) ?? firstOfKind(inIncident, 'attacker');
  if (perp) {
    const name = canonical(perp, adjective);
    actors.add(actor(ctx, claimant ? 'claimant' : 'perpetrator', perp, name));
    if (claimant) actors.add(actor(ctx, 'perpetrator', perp, name));
  }
  for (const t of inIncident) {
    if (!isTarget(t)) continue;
    const name = canonical(t, adjective);
    if (!hasTarget(actors, name)) actors.add({ role: t.actorKind === 'civilian' ? 'victim' : 'target', text: ctx.text.slice(t.span.start, t.span.end), canonical: name, span: t.span });
  }
  return actors.copy();
}

// The adjective of the country last asked for: a document's events mostly share their country.
let lastGazetteer: Gazetteer | null = null;
let lastCountry = '';
let lastAdjective: string | null = null;
function adjectiveOf(gazetteer: Gazetteer, country: string): string | null {
  if (country !== lastCountry || gazetteer !== lastGazetteer) {
    lastGazetteer = gazetteer;
    lastCountry = country;
    lastAdjective = gazetteer.country(country)?.adjective ?? null;
  }
  return lastAdjective;
}

function firstOfKind(actors: readonly AnnotationOf<'actor'>[], kind: AnnotationOf<'actor'>['actorKind']): AnnotationOf<'actor'> | undefined {
  for (const a of actors) if (a.actorKind === kind) return a;
  return undefined;
}

function hasTarget(actors: Gathered<Actor>, name: string): boolean {
  for (let i = 0; i < actors.length; i++) {
    const x = actors.at(i);
    if (x.canonical === name && x.role === 'target') return true;
  }
  return false;
}

/** Kind of the first target (armed or civilian actor) named after the incident's first action verb. */
export function firstTargetKind(ctx: EventContext, span: Span, actors: readonly AnnotationOf<'actor'>[]): 'armed' | 'civilian' | null {
  let first: AnnotationOf<'actor'> | undefined;
  let mixed = false;
  for (const a of actors) {
    if (!isTarget(a)) continue;
    if (!first) first = a;
    else if (a.actorKind !== first.actorKind) mixed = true;
  }
  if (!first) return null;
  // Targets of one kind need no look for the verb.
  if (!mixed) return first.actorKind as 'armed' | 'civilian';
  const verb = ACTION_VERB.exec(ctx.text.slice(span.start, span.end));
  const after = verb ? span.start + verb.index : span.start;
  for (const a of actors) if (isTarget(a) && a.span.start >= after) return a.actorKind as 'armed' | 'civilian';
  return first.actorKind as 'armed' | 'civilian';
}

/** Where government forces retake places, they are the perpetrator and the other side the target. */
export function swapForGovernmentGains(actors: Actor[]): void {
  const gov = actors.find((a) => a.role === 'target');
  if (!gov) return;
  gov.role = 'perpetrator';
  for (const a of actors) if (a !== gov && a.role === 'perpetrator') a.role = 'target';
}
