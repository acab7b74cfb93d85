// One colour per ACLED event type (src/web/data/event-types.json: a colour-blind-safe palette).
import table from '../../data/event-types.json';

export const TYPES: readonly { type: string; colour: string; subTypes: string[] }[] = table.types;
export const GTD_ATTACK_TYPES: readonly string[] = table.gtdAttackTypes;
export const NO_TYPE = table.none;

const byType = new Map(TYPES.map((t, i) => [t.type, i]));

/** Index into TYPES, or TYPES.length for no (or an unknown) type. */
export const typeIndex = (t: string | null): number => (t === null ? TYPES.length : byType.get(t) ?? TYPES.length);
export const colourOf = (i: number): string => (i < TYPES.length ? TYPES[i].colour : NO_TYPE.colour);
export const labelOf = (i: number): string => (i < TYPES.length ? TYPES[i].type : NO_TYPE.type);
export const TYPE_COUNT = TYPES.length + 1;
