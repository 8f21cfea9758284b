// Loads a YAML spec with positions: YAML 1.2 core schema, duplicate keys rejected, aliases limited.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, visit, isAlias, type Document, type YAMLError } from 'yaml';
import { CODES, fileError, sortDiagnostics, type Code, type Diagnostic } from './diagnostics.js';
import { PositionMap } from './positions.js';
import { scalarWarnings } from './scalar-checks.js';
import { yamlErrorToDiagnostic } from './yaml-errors.js';
import { indicatorMistakes, type IndicatorMistake } from './indicator-start.js';
import { decodeText, notUtf8Diagnostic } from './text-file.js';

/** More alias expansions than this is treated as an attack ("billion laughs"), not as a spec. */
export const MAX_ALIAS_COUNT = 100;

export type Anchor = 'value' | 'key' | 'parent';

export interface Location {
  file: string;
  line: number;
  column: number;
}

export interface LoadedSpec {
  /** The file that was asked for (with a `basis`, the top layer). */
  file: string;
  text: string;
  /** The plain data, or undefined when the YAML could not be read. */
  data: unknown;
  diagnostics: Diagnostic[];
  /** Where the value at a JSON pointer was written: file, line, column (base or override alike). */
  locate(pointer: string, anchor?: Anchor): Location;
  /** Where a line:column inside a text value (e.g. a Markdown table cell) was written. */
  locateInText(pointer: string, line: number, column: number): Location;
  /** The input files this spec was built from (itself and its bases), for change detection. */
  files: string[];
  /** Files the spec names that are not there (yet): a missing base; `watch` waits for them. */
  awaited?: string[];
  /** One of several copies the file makes (`ausfertigungen`): which one, and its name for messages. */
  copy?: CopyOf;
}

export interface CopyOf {
  /** Counted from 0, in the order the file lists them. */
  index: number;
  /** The copy's municipality, or „Ausfertigung 3“ where it names none. */
  name: string;
}

/** An error at the value (or the key) that a JSON pointer names in a loaded spec. */
export function errorAt(source: Pick<LoadedSpec, 'locate'>, code: Code, path: string, message: string, hint: string, anchor: Anchor = 'value'): Diagnostic {
  return { code, severity: 'error', message, hint, ...source.locate(path, anchor), path };
}

/** The spec failed with `found` added to its findings, and what it read on the way: nothing of it is checked further. */
export function failing(source: LoadedSpec, found: readonly Diagnostic[], read: Pick<LoadedSpec, 'files' | 'awaited'> = { files: source.files }): LoadedSpec {
  return { ...source, ...read, data: undefined, diagnostics: [...source.diagnostics, ...found] };
}

/** Locating by JSON pointer within one YAML file. */
export function fileLocator(file: string, positions: PositionMap) {
  return {
    locate(pointer: string, anchor: Anchor = 'value'): Location {
      if (anchor === 'key') return { file, ...positions.ofKey(pointer) };
      if (anchor === 'parent') return { file, ...positions.ofValue(pointer.slice(0, pointer.lastIndexOf('/'))) };
      return { file, ...positions.ofValue(pointer) };
    },
    locateInText(pointer: string, line: number, column: number): Location {
      return { file, ...positions.inText(pointer, line, column) };
    },
  };
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node)) offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * After the first syntax error the parser's later complaints are mostly echoes of it; show the first one,
 * plus every duplicate key (those are independent mistakes). A value that starts with an indicator
 * (`*`, `&`, `@` …) confuses the parser on its line and below: when one comes first, the values of that
 * kind up to the first syntax error are shown instead of it.
 */
function problemsWorthShowing(errors: readonly YAMLError[], mistakes: readonly IndicatorMistake[], positions: PositionMap) {
  const firstSyntax = errors.find((e) => e.code !== 'DUPLICATE_KEY');
  const syntaxLine = firstSyntax ? positions.at(firstSyntax.pos[0]).line : Infinity;
  const shownMistakes = mistakes.filter((m) => positions.at(m.offset).line <= syntaxLine);
  const duplicates = errors.filter((e) => e.code === 'DUPLICATE_KEY');
  return { errors: shownMistakes.length > 0 || !firstSyntax ? duplicates : [firstSyntax, ...duplicates], mistakes: shownMistakes };
}

/** Parses YAML text into data plus positions; all problems become diagnostics, nothing throws. */
export function parseSpec(text: string, file: string): LoadedSpec {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    merge: false,
  });
  const positions = new PositionMap(doc, lineCounter, text);
  const base = { file, text, files: [file], ...fileLocator(file, positions) };
  const shown = problemsWorthShowing(doc.errors, indicatorMistakes(doc, text), positions);
  const diagnostics: Diagnostic[] = [
    ...shown.errors.map((e) => yamlErrorToDiagnostic(e, file, text, positions)),
    ...shown.mistakes.map(({ offset, message, hint }) => ({ code: CODES.yamlSyntax, severity: 'error' as const, message, hint, file, ...positions.at(offset), path: '' })),
  ];
  if (diagnostics.length > 0) return { ...base, data: undefined, diagnostics: sortDiagnostics(diagnostics) };

  if (doc.contents === null) {
    diagnostics.push({
      code: CODES.emptyFile,
      severity: 'error',
      message: 'Die Datei ist leer.',
      file,
      line: 1,
      column: 1,
      path: '',
      hint: 'Beginnen Sie mit „ratsvorlage new beschlussvorlage“, das legt eine ausgefüllte Vorlage an.',
    });
    return { ...base, data: undefined, diagnostics };
  }
  try {
    const warnings = scalarWarnings(doc, file, positions); // before toJS: it mends unusable characters
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ...base, data, diagnostics: warnings };
  } catch (err) {
    // Unresolved aliases were reported above; what is left is the limit against alias bombs.
    if (!(err instanceof ReferenceError) || !/alias count/i.test(err.message)) throw err;
    diagnostics.push({
      code: CODES.aliasLimit,
      severity: 'error',
      message: `Die Datei verwendet zu viele Verweise (*Anker), mehr als ${MAX_ALIAS_COUNT} Auflösungen.`,
      file,
      ...positions.at(firstAliasOffset(doc)),
      path: '',
      hint: 'Schreiben Sie wiederholte Inhalte aus, statt Verweise ineinander zu verschachteln.',
    });
    return { ...base, data: undefined, diagnostics };
  }
}

export function loadSpec(file: string): LoadedSpec {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    const empty = parseSpec('', file);
    empty.diagnostics = [fileError(CODES.fileUnreadable, file, `Die Datei „${file}“ lässt sich nicht lesen.`, 'Prüfen Sie Pfad und Schreibweise des Dateinamens.')];
    return empty;
  }
  const decoded = decodeText(bytes);
  if ('text' in decoded) return parseSpec(decoded.text, file);
  const unreadable = parseSpec('', file);
  unreadable.diagnostics = [notUtf8Diagnostic(file, decoded.notUtf8, 'text')];
  return unreadable;
}
