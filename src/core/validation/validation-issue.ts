/**
 * One problem found in an input file: where (file, line, column), what (code, offending value), and
 * what to do about it (remedy). Validation collects all of them; it does not stop at the first.
 */
export type IssueSeverity = 'error' | 'warning';

/** Stable codes: tests and users' scripts may match on them. */
export const ISSUE_CODES = {
  emptyFile: 'E_EMPTY_FILE',
  binaryFile: 'E_BINARY_FILE',
  unreadableFile: 'E_UNREADABLE_FILE',
  unsupportedFormat: 'E_UNSUPPORTED_FORMAT',
  unclosedQuote: 'E_UNCLOSED_QUOTE',
  malformedCsv: 'E_MALFORMED_CSV',
  missingColumn: 'E_MISSING_COLUMN',
  raggedRow: 'E_RAGGED_ROW',
  emptyValue: 'E_EMPTY_VALUE',
  nonNumericValue: 'E_NON_NUMERIC_VALUE',
  invalidYear: 'E_INVALID_YEAR',
  yearOutOfRange: 'E_YEAR_OUT_OF_RANGE',
  unknownIndicator: 'E_UNKNOWN_INDICATOR',
  invalidRegion: 'E_INVALID_REGION',
  invalidKind: 'E_INVALID_KIND',
  invalidComparator: 'E_INVALID_COMPARATOR',
  invalidField: 'E_INVALID_FIELD',
  unitMismatch: 'E_UNIT_MISMATCH',
  unitConverted: 'W_UNIT_CONVERTED',
  negativeCount: 'E_NEGATIVE_COUNT',
  shareOutOfRange: 'E_SHARE_OUT_OF_RANGE',
  duplicateRecord: 'E_DUPLICATE_RECORD',
  conflictWithoutPreference: 'E_CONFLICT_WITHOUT_PREFERENCE',
  notRegularFile: 'E_NOT_REGULAR_FILE',
  fileTooLarge: 'E_FILE_TOO_LARGE',
  textEncoding: 'E_TEXT_ENCODING',
  duplicateColumn: 'E_DUPLICATE_COLUMN',
  yearTagConflict: 'E_YEAR_TAG_CONFLICT',
  numberOutOfRange: 'E_NUMBER_OUT_OF_RANGE',
  dateInNumericColumn: 'E_DATE_IN_NUMERIC_COLUMN',
  sheetTooLarge: 'E_SHEET_TOO_LARGE',
  tooManyProblems: 'E_TOO_MANY_PROBLEMS',
  // the users' language (plan column, regions by name, fractions, growth rates): see the files they name
  unknownPlan: 'E_UNKNOWN_PLAN',                    // plan-column.ts
  regionDidYouMean: 'W_REGION_DID_YOU_MEAN',        // region-names.ts
  fractionAsPercent: 'E_FRACTION_AS_PERCENT',       // fraction-as-percent.ts
  fractionConverted: 'W_FRACTION_CONVERTED',        // fraction-as-percent.ts
  growthOutOfRange: 'E_GROWTH_OUT_OF_RANGE',        // records/chain-growth.ts
  growthOnly: 'W_GROWTH_ONLY',                      // records/chain-growth.ts
  unmarkedSourceConflict: 'E_UNMARKED_SOURCE_CONFLICT', // records/source-layers.ts
} as const;
export type IssueCode = (typeof ISSUE_CODES)[keyof typeof ISSUE_CODES];

export interface ValidationIssue {
  code: IssueCode;
  severity: IssueSeverity;
  file: string;
  /** 1-based line in a CSV file, or row number in a spreadsheet; absent for whole-file problems. */
  line?: number;
  column?: string;
  value?: string;
  message: string;
  remedy: string;
}

export function formatIssue(issue: ValidationIssue): string {
  const where = [issue.file, issue.line !== undefined ? String(issue.line) : undefined].filter(Boolean).join(':');
  const column = issue.column !== undefined ? ` column ${issue.column}` : '';
  const value = issue.value !== undefined ? ` value ${JSON.stringify(issue.value)}` : '';
  return `${where}${column}: ${issue.severity} ${issue.code}:${value} ${issue.message}\n  remedy: ${issue.remedy}`;
}
