// The one catalogue of error and issue codes. Tests assert on codes, never on messages.

export const ERRORS = {
  'input.missing_file': { exit: 2, message: 'file not found' },
  'input.unreadable': { exit: 2, message: 'file cannot be read' },
  'input.empty': { exit: 2, message: 'input is empty' },
  'input.binary': { exit: 2, message: 'input looks binary (NUL or control bytes), not text' },
  'input.invalid_utf8': { exit: 2, message: 'input is not valid UTF-8' },
  'input.too_large': { exit: 2, message: 'input exceeds the size limit' },
  'input.bad_jsonl': { exit: 2, message: 'a JSON Lines record is malformed' },
  'usage.unknown_command': { exit: 2, message: 'unknown command' },
  'usage.bad_option': { exit: 2, message: 'bad option' },
  'usage.bad_date': { exit: 2, message: 'dates must be YYYY-MM-DD and real calendar days' },
  'gold.invalid': { exit: 2, message: 'gold file is malformed' },
  'bank.not_found': { exit: 2, message: 'no such bank' },
  'bank.bad_import': { exit: 2, message: 'a bank import record is malformed' },
  'store.unavailable': { exit: 1, message: 'the store cannot be opened' },
  'gazetteer.missing_source': { exit: 1, message: 'the gazetteer source data is not installed' },
  'pipeline.bad_stage_order': { exit: 1, message: 'a stage requires an annotation kind no earlier stage provides' },
  'internal': { exit: 1, message: 'internal error' },
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
