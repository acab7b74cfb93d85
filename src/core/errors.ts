// The one catalogue of error and issue codes. Tests assert on codes, never on messages.

// `exit` is the CLI's exit code, `http` the API's status for the same failure.
export const ERRORS = {
  'input.missing_file': { exit: 2, http: 404, message: 'file not found' },
  'input.unreadable': { exit: 2, http: 422, message: 'file cannot be read' },
  'input.empty': { exit: 2, http: 422, message: 'input is empty' },
  'input.binary': { exit: 2, http: 422, message: 'input looks binary (NUL or control bytes), not text' },
  'input.invalid_utf8': { exit: 2, http: 422, message: 'input is not valid UTF-8' },
  'input.too_large': { exit: 2, http: 413, message: 'input exceeds the size limit' },
  'input.bad_jsonl': { exit: 2, http: 422, message: 'a JSON Lines record is malformed' },
  'usage.unknown_command': { exit: 2, http: 400, message: 'unknown command' },
  'usage.bad_option': { exit: 2, http: 400, message: 'bad option' },
  'usage.bad_date': { exit: 2, http: 400, message: 'dates must be YYYY-MM-DD and real calendar days' },
  'gold.invalid': { exit: 2, http: 422, message: 'gold file is malformed' },
  'bank.not_found': { exit: 2, http: 404, message: 'no such bank' },
  'bank.bad_import': { exit: 2, http: 422, message: 'a bank import record is malformed' },
  'document.not_found': { exit: 2, http: 404, message: 'no such document' },
  'analysis.not_found': { exit: 2, http: 404, message: 'no such analysis' },
  'event.not_found': { exit: 2, http: 404, message: 'no such event' },
  'event.version_conflict': { exit: 1, http: 412, message: 'the event changed since it was read (If-Match)' },
  'event.bad_edit': { exit: 2, http: 422, message: 'the edit does not fit the event' },
  'key.not_found': { exit: 2, http: 404, message: 'no such API key' },
  'auth.missing_key': { exit: 2, http: 401, message: 'an API key is required (Authorization: Bearer KEY)' },
  'auth.invalid_key': { exit: 2, http: 401, message: 'the API key is unknown or revoked' },
  'auth.forbidden': { exit: 2, http: 403, message: "the API key's role does not allow this" },
  'request.invalid': { exit: 2, http: 400, message: 'the request does not match the API schema' },
  'request.bad_json': { exit: 2, http: 400, message: 'the body is not valid JSON' },
  'request.unsupported_media_type': { exit: 2, http: 415, message: 'unsupported content type' },
  'request.not_found': { exit: 2, http: 404, message: 'no such route' },
  'request.rate_limited': { exit: 1, http: 429, message: 'too many requests: slow down' },
  'server.busy': { exit: 1, http: 503, message: 'the analysis queue is full: retry shortly' },
  'store.unavailable': { exit: 1, http: 503, message: 'the store cannot be opened' },
  'store.postgres_missing': { exit: 1, http: 503, message: 'PostgreSQL is needed and was not found' },
  'e2e.chromium_missing': { exit: 1, http: 500, message: 'the browser tests need Chromium and none was found' },
  'gazetteer.missing_source': { exit: 1, http: 500, message: 'the gazetteer source data is not installed' },
  'pipeline.bad_stage_order': { exit: 1, http: 500, message: 'a stage requires an annotation kind no earlier stage provides' },
  'internal': { exit: 1, http: 500, message: 'internal error' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class ClaimScopeError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${ERRORS[code].message}: ${detail}` : ERRORS[code].message);
    this.code = code;
  }
  get exitCode(): number {
    return ERRORS[this.code].exit;
  }
  get httpStatus(): number {
    return ERRORS[this.code].http;
  }
}

/** Issue codes that analysis attaches to results (partial results, never thrown). */
export const ISSUES = {
  'document.no_incidents': 'no claimed or reported incident was found',
  'document.language_unsupported': 'the text is not in English: the extraction rules read English only, so incidents may be missed',
  'date.year_unknown': 'no publication date and no year in the text: the year is not inferred',
  'date.unresolved': 'a relative date has nothing to resolve against',
  'date.invalid': 'the stated day does not exist in that month',
  'date.none': 'no date phrase applies to this incident',
  'location.unknown': 'no region heading or known place applies to this incident',
  'location.ambiguous_region': 'the region heading spans several admin-1 areas; no town narrows it',
} as const;

export type IssueCode = keyof typeof ISSUES;
