export { analyze, analyzeBatch, renderNeutralText, type BatchDocument } from './analyze.js';
export type { AnalyzeOptions } from './core/options.js';
export type * from './core/types.js';
export { ClaimScopeError, ERRORS, ISSUES } from './core/errors.js';
