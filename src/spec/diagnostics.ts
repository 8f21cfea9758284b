// Diagnostics: every finding about a user's input, with a stable code and a German message.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  /** JSON path of the offending value, e.g. "/beratungsfolge/2/zustaendigkeit" ("" for the document). */
  path: string;
  hint?: string;
}

/** The codes users see. Kept in one table so they stay unique and documented. */
export const CODES = {
  yamlSyntax: 'RV001',
  duplicateKey: 'RV002',
  aliasLimit: 'RV003',
  emptyFile: 'RV004',
  notAMapping: 'RV005',
  fileUnreadable: 'RV006',
  basisMissing: 'RV007',
  basisCycle: 'RV008',
  notUtf8: 'RV009',
  unusableCharacter: 'RV010',
  cutByComment: 'RV011',
  thousandsDot: 'RV012',
  required: 'RV101',
  invalidDate: 'RV102',
  wrongType: 'RV103',
  unknownKey: 'RV104',
  notAllowedValue: 'RV105',
  patternMismatch: 'RV106',
  tooShort: 'RV107',
  tooFew: 'RV108',
  outOfRange: 'RV109',
  leadingZero: 'RV110',
  invalidPattern: 'RV111',
  notUnique: 'RV112',
  schemaOther: 'RV199',
  unknownProfile: 'RV201',
  profileFileMissing: 'RV202',
  profileExample: 'RV203',
  languageTag: 'RV307',
  slowPattern: 'RV308',
  imageInText: 'RV309',
  unprintableCharacter: 'RV310',
  openNr: 'RV311',
  distributionKey: 'RV410',
  financeStructure: 'RV411',
  subCent: 'RV412',
  noPartner: 'RV501',
  partnerList: 'RV502',
  embeddedReport: 'RV503',
  sameOutput: 'RV504',
  overwroteOther: 'RV505',
  copyList: 'RV506',
  writeFailed: 'RV601',
  internal: 'RV900',
} as const;

export type Code = (typeof CODES)[keyof typeof CODES];

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Fehler', warning: 'Warnung' };

/** One diagnostic as the CLI prints it: position, severity, code, message, then the hint. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column}  ${SEVERITY_LABEL[d.severity]}  ${d.code}  ${d.message}`;
  return d.hint ? `${head}\n    Hinweis: ${d.hint}` : head;
}

/** An error about a file as a whole (it cannot be read, or its output cannot be written): at its start. */
export function fileError(code: Code, file: string, message: string, hint: string): Diagnostic {
  return { code, severity: 'error', message, hint, file, line: 1, column: 1, path: '' };
}

/** A place in a spreadsheet (a list of copies), where hints speak of rows and cells, not of YAML lines. */
export const inSpreadsheet = (file: string): boolean => /\.csv$/i.test(file);

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Diagnostics in reading order: by file, line, column. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** An error the user caused (bad input), carrying the diagnostics that explain it. */
export class InputError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'InputError';
  }
}
