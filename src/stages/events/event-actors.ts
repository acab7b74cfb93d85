// Actors of an incident in neutral canonical names; the in-group wording stays in `text` and the span.
import type { AnnotationOf } from '../../pipeline/annotations.js';
import type { Actor, Span } from '../../core/types.js';
import { ACTION_VERB } from '../segment/markers.js';
import type { EventContext } from './event-context.js';

function canonical(a: AnnotationOf<'actor'>, adjective: string | null): string {
  if (!a.canonical.includes('{adj} ')) return a.canonical;
  return a.canonical.replace('{adj} ', adjective ? `${adjective} ` : a.canonical.includes('army') ? 'government ' : '');
}

function actor(ctx: EventContext, role: Actor['role'], a: AnnotationOf<'actor'>, adjective: string | null): Actor {
  return { role, text: ctx.text.slice(a.span.start, a.span.end), canonical: canonical(a, adjective), span: a.span };
}

export function isTarget(a: AnnotationOf<'actor'>): boolean {
  return a.actorKind === 'armed' || a.actorKind === 'civilian';
}

/**
 * A pejorative right before another actor qualifies it ("murtadd Peshmerga", "Rafidi Houthis"):
 * it is no actor of its own, and no civilian victim.
 */
export function withoutQualifiers(ctx: EventContext, actors: readonly AnnotationOf<'actor'>[]): AnnotationOf<'actor'>[] {
  return actors.filter((a, i) => {
    const next = actors[i + 1];
    const qualifier = a.canonical === 'opposing forces' || (a.ingroup && a.actorKind === 'civilian');
    return !(qualifier && next && /^\s{1,2}$/.test(ctx.text.slice(a.span.end, next.span.start)));
  });
}

export function actorsOf(ctx: EventContext, inIncident: readonly AnnotationOf<'actor'>[], country: string | null): Actor[] {
  const adjective = country ? ctx.options.gazetteer.country(country)?.adjective ?? null : null;
  const claimant = ctx.stance === 'claimant';
  const actors: Actor[] = [];
  const perp = inIncident.find((a) => a.actorKind === 'group') ?? (claimant ? ctx.groupMention : undefined) ?? inIncident.find((a) => a.actorKind === 'attacker');
  if (perp) {
    actors.push(actor(ctx, claimant ? 'claimant' : 'perpetrator', perp, adjective));
    if (claimant) actors.push(actor(ctx, 'perpetrator', perp, adjective));
  }
  for (const t of inIncident) {
    if (!isTarget(t)) continue;
    const a = actor(ctx, t.actorKind === 'civilian' ? 'victim' : 'target', t, adjective);
    if (!actors.some((x) => x.canonical === a.canonical && x.role === 'target')) actors.push(a);
  }
  return actors;
}

/** Kind of the first target named after the incident's first action verb. */
export function firstTargetKind(ctx: EventContext, span: Span, targets: readonly AnnotationOf<'actor'>[]): 'armed' | 'civilian' | null {
  if (targets.length === 0) return null;
  // Targets of one kind need no look for the verb.
  if (targets.every((t) => t.actorKind === targets[0].actorKind)) return targets[0].actorKind as 'armed' | 'civilian';
  const verb = ACTION_VERB.exec(ctx.text.slice(span.start, span.end));
  const after = verb ? span.start + verb.index : span.start;
  const t = targets.find((a) => a.span.start >= after) ?? targets[0];
  return t ? (t.actorKind as 'armed' | 'civilian') : null;
}

/** Where government forces retake places, they are the perpetrator and the other side the target. */
export function swapForGovernmentGains(actors: Actor[]): void {
  const gov = actors.find((a) => a.role === 'target');
  if (!gov) return;
  gov.role = 'perpetrator';
  for (const a of actors) if (a !== gov && a.role === 'perpetrator') a.role = 'target';
}
