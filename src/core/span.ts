import type { Span } from './types.js';

/** Whether `x` lies within `outer` ([start, end) offsets). */
export const contains = (outer: Span, x: Span): boolean => x.start >= outer.start && x.end <= outer.end;
