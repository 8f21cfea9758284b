// YAML syntax errors in German, at the place a user has to change. The parser names what it could not
// read; for the most common mistakes the line itself tells what was meant, and the message says that.
import type { YAMLError } from 'yaml';
import { CODES, type Diagnostic } from './diagnostics.js';
import type { PositionMap } from './positions.js';
import { quotable } from './indicator-start.js';

const YAML_MESSAGES: Record<string, { message: string; hint: string }> = {
  BAD_INDENT: {
    message: 'Die Einrückung passt nicht zur Zeile darüber.',
    hint: 'Rücken Sie Felder derselben Ebene gleich weit ein (mit Leerzeichen, nicht mit Tabulatoren).',
  },
  TAB_AS_INDENT: {
    message: 'Ein Tabulator wird zum Einrücken verwendet.',
    hint: 'YAML erlaubt zum Einrücken nur Leerzeichen.',
  },
  MISSING_CHAR: {
    message: 'Hier fehlt ein Zeichen (etwa ein schließendes Anführungszeichen oder eine Klammer).',
    hint: 'Prüfen Sie, ob jedes „"“ und jede „[“ oder „{“ wieder geschlossen wird.',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    message: 'Nach einem Feldnamen fehlt der Doppelpunkt, oder die Einrückung stimmt nicht.',
    hint: 'Schreiben Sie „feld: wert“ und rücken Sie Unterpunkte weiter ein als ihr Feld.',
  },
  MULTILINE_IMPLICIT_KEY: {
    message: 'Ein Feldname reicht über mehrere Zeilen, wahrscheinlich fehlt ein Doppelpunkt.',
    hint: 'Schreiben Sie „feld: wert“; lange Texte leiten Sie mit „feld: |“ ein.',
  },
  UNEXPECTED_TOKEN: {
    message: 'Unerwartetes Zeichen an dieser Stelle.',
    hint: 'Texte mit „:“, „#“ oder „-“ am Anfang setzen Sie in Anführungszeichen.',
  },
  BAD_SCALAR_START: {
    message: 'Ein Wert beginnt mit einem Zeichen, das YAML hier nicht erlaubt.',
    hint: 'Setzen Sie den Wert in Anführungszeichen: "…".',
  },
  MULTIPLE_DOCS: {
    message: 'Die Datei enthält mehrere YAML-Dokumente („---“).',
    hint: 'Eine Vorlage gehört in eine eigene Datei; entfernen Sie die zusätzliche „---“-Zeile.',
  },
};

const FALLBACK = {
  message: 'Die Datei ist kein gültiges YAML.',
  hint: 'Prüfen Sie Einrückung, Doppelpunkte und Anführungszeichen in dieser Zeile.',
};

/**
 * Where the user has to look, when the parser points elsewhere: an unclosed quote is reported at the end
 * of the file, but the user needs the line where it was opened; a key repeated after a field without a
 * value („betreff:“) is reported at the end of that field's line, but the user needs the repeated key.
 */
function errorOffset(err: YAMLError, text: string): number {
  if (err.code === 'DUPLICATE_KEY') return err.pos[0] + /^(?:\s|#.*)*/.exec(text.slice(err.pos[0]))![0].length;
  if (err.code !== 'MISSING_CHAR' || !/quot/i.test(err.message)) return err.pos[0];
  const before = text.slice(0, err.pos[0]);
  const opening = Math.max(before.lastIndexOf(': "'), before.lastIndexOf(": '"), before.lastIndexOf('- "'));
  return opening >= 0 ? opening + 2 : err.pos[0];
}

/** The line around an error and the next line with content, as the situations below read them. */
interface ErrorLine {
  /** The parser's own (English) description, which tells some errors of one code apart. */
  reason: string;
  offset: number;
  line: string;
  lineStart: number;
  next?: { line: string; start: number };
  previous?: { line: string; start: number };
}

/** Lines with content (not blank, not only a comment) from `start` on, forwards or backwards. */
function contentLine(text: string, start: number, step: 1 | -1): { line: string; start: number } | undefined {
  for (let pos = start; pos >= 0 && pos < text.length; ) {
    const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
    const end = text.indexOf('\n', pos);
    const line = text.slice(lineStart, end < 0 ? undefined : end);
    if (line.trim() !== '' && !line.trim().startsWith('#')) return { line, start: lineStart };
    pos = step === 1 ? (end < 0 ? text.length : end + 1) : lineStart - 2;
  }
  return undefined;
}

function errorLine(text: string, offset: number, reason: string): ErrorLine {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const next = lineEnd < 0 ? undefined : contentLine(text, lineEnd + 1, 1);
  const previous = lineStart === 0 ? undefined : contentLine(text, lineStart - 2, -1);
  return { reason, offset, line, lineStart, next, previous };
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;
/** Where the key of a line starts: after its indentation and a list dash. */
const keyIndentOf = (line: string) => /^ *(?:- +)?/.exec(line)![0].length;

/** A common mistake recognised from the line: where to report it and what to say. */
interface Situation {
  codes: readonly string[];
  /** The offset to report at, when the line shows this mistake. */
  find: (at: ErrorLine) => number | undefined;
  explain: (at: ErrorLine) => { message: string; hint: string };
}

/** Any parser error: for mistakes that confuse the parser in several ways. */
const ANY = ['*'];
const DASHES = /^ *[–—] /;
/** Spaces Word and e-mail programs put in that look like a space but are none to YAML (no-break, narrow, figure). */
const NO_BREAK_SPACE = /[\u00a0\u2007\u202f]/;
/** Where such a space stands as a space to YAML: in the indentation, after a list dash or after a key's colon. */
const SPACING_NO_BREAK = /^[ \u00a0\u2007\u202f]*(?:-[ \u00a0\u2007\u202f]+)?(?:[\p{L}_][\p{L}\p{N}_-]*:)?(?=[\u00a0\u2007\u202f])/u;
const noBreakSpaceIn = (line: string, start: number): number | undefined => {
  const match = SPACING_NO_BREAK.exec(line);
  if (!match) return undefined;
  const index = match[0].search(NO_BREAK_SPACE);
  return start + (index >= 0 ? index : match[0].length);
};
/** A text set wholly in typographic quotes: „…“, “…”, ‚…‘, »…«. */
const TYPOGRAPHIC_QUOTED = /^[„“”‚‘’»«].*[“”‘’«»]\s*$/;
const SITUATIONS: readonly Situation[] = [
  {
    // „betreff:\u00a0Test“ or an indentation with a no-break space, pasted from Word or an e-mail.
    codes: ANY,
    find: ({ line, lineStart, previous }) => noBreakSpaceIn(line, lineStart) ?? (previous ? noBreakSpaceIn(previous.line, previous.start) : undefined),
    explain: () => ({
      message: 'Hier steht ein geschütztes Leerzeichen (etwa aus Word oder einer E-Mail kopiert); YAML erkennt nur das normale Leerzeichen als Abstand.',
      hint: 'Löschen Sie an dieser Stelle den Abstand und tippen Sie ihn mit der Leertaste neu.',
    }),
  },
  {
    // „– datum: …“: Word turns the list dash into an en dash while typing.
    codes: ANY,
    find: ({ line, lineStart, previous }) =>
      DASHES.test(line) ? lineStart + indentOf(line) : previous && DASHES.test(previous.line) ? previous.start + indentOf(previous.line) : undefined,
    explain: () => ({
      message: 'Statt des Strichs „-“ steht hier ein Gedankenstrich „–“ (Word setzt ihn beim Tippen).',
      hint: 'Ersetzen Sie ihn durch den einfachen Strich „-“ der Tastatur.',
    }),
  },
  {
    // „betreff:Test“: without a space after the colon, key and value are one word.
    codes: ['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY'],
    find: ({ line, lineStart }) => {
      const match = /^( *(?:- +)?[\p{L}_][\p{L}\p{N}_-]*):(?=[^\s/])/u.exec(line);
      return match ? lineStart + match[1]!.length + 1 : undefined;
    },
    explain: () => ({
      message: 'Nach dem Doppelpunkt fehlt ein Leerzeichen.',
      hint: 'Schreiben Sie „feld: wert“ mit einem Leerzeichen nach dem Doppelpunkt.',
    }),
  },
  {
    // „-datum: …“: without a space the dash is part of the key.
    codes: ['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY'],
    find: ({ line, lineStart }) => (/^ *-[^\s-]/.test(line) ? lineStart + indentOf(line) : undefined),
    explain: () => ({
      message: 'Nach dem Strich „-“ fehlt ein Leerzeichen.',
      hint: 'Ein Listeneintrag beginnt mit Strich und Leerzeichen: „- datum: …“.',
    }),
  },
  {
    // „betreff: „Antrag: Mehr Spielplätze““: typographic quotes do not protect a „: “ as straight ones do.
    codes: ['BLOCK_AS_IMPLICIT_KEY'],
    find: ({ line, lineStart, offset }) => {
      const value = line.slice(offset - lineStart);
      return TYPOGRAPHIC_QUOTED.test(value) && /:(\s|$)/.test(value) ? offset : undefined;
    },
    explain: ({ line, lineStart, offset }) => {
      const key = line.slice(keyIndentOf(line), offset - lineStart).trim();
      const value = line.slice(offset - lineStart).trim();
      return {
        message: 'Der Text steht in typografischen Anführungszeichen; YAML kennt nur die geraden "…" und liest den Teil vor „: “ als Feldnamen.',
        hint: `Setzen Sie den Text zusätzlich in gerade Anführungszeichen, dann bleiben die typografischen erhalten: ${key} "${quotable(value)}"`,
      };
    },
  },
  {
    // „betreff: Antrag der Fraktion: Mehr Spielplätze“: the second „: “ would start a field.
    codes: ['BLOCK_AS_IMPLICIT_KEY'],
    find: ({ line, lineStart, offset }) => {
      const value = line.slice(offset - lineStart);
      return /^[^"'|>]/.test(value) && /:(\s|$)/.test(value) ? offset : undefined;
    },
    explain: ({ line, lineStart, offset }) => {
      const key = line.slice(keyIndentOf(line), offset - lineStart).trim();
      const value = line.slice(offset - lineStart).trim();
      return {
        message: 'Der Text enthält „: “; YAML hält den Teil davor für einen Feldnamen.',
        hint: `Setzen Sie den ganzen Text in Anführungszeichen: ${key} "${quotable(value)}"`,
      };
    },
  },
  {
    // A field indented one space too far reads as the continuation of the value above it.
    codes: ['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY'],
    find: ({ line, next }) => (next && /:(\s|$)/.test(next.line) && indentOf(next.line) > keyIndentOf(line) ? next.start + indentOf(next.line) : undefined),
    explain: ({ line }) => {
      const key = /^ *(?:- +)?([^:]+):/.exec(line)?.[1] ?? 'feld';
      const field = `Ist sie ein eigenes Feld, rücken Sie sie wie die Felder derselben Ebene ein, hier mit ${keyIndentOf(line)} Leerzeichen.`;
      return /:\s+\S/.test(line)
        ? {
            message: 'Diese Zeile ist weiter eingerückt als das Feld darüber; YAML liest sie als Fortsetzung von dessen Text, und darin steht „: “.',
            hint: `Gehört sie zum Text, schreiben Sie „${key}: |“ und den ganzen Text eingerückt darunter. ${field}`,
          }
        : { message: 'Diese Zeile ist weiter eingerückt als das Feld darüber; YAML liest sie als Fortsetzung von dessen Wert.', hint: field };
    },
  },
  {
    // A field of a list entry indented less than the entry's first field reads as a new entry without „-“.
    codes: ['MISSING_CHAR'],
    find: ({ reason, line, lineStart }) => (/without - indicator/.test(reason) ? lineStart + indentOf(line) : undefined),
    explain: () => ({
      message: 'Diese Zeile ist weniger weit eingerückt als die Felder des Listeneintrags darüber.',
      hint: 'Rücken Sie alle Felder eines Eintrags so weit ein wie das erste Feld hinter „- “.',
    }),
  },
  {
    // „betreff: "Spielplatz "Am Weiher""“: the inner quote ends the text.
    codes: ['UNEXPECTED_TOKEN', 'MISSING_CHAR'],
    find: ({ line, offset }) => (/:\s+"[^"]*"[^"\n]+"/.test(line) ? offset : undefined),
    explain: () => ({
      message: 'Im Text stehen weitere Anführungszeichen „"“; YAML beendet den Text beim zweiten.',
      hint: 'Nehmen Sie außen einfache Anführungszeichen (\'Spielplatz "Am Weiher"\') oder innen typografische („Am Weiher“).',
    }),
  },
];

export function yamlErrorToDiagnostic(err: YAMLError, file: string, text: string, positions: PositionMap): Diagnostic {
  const offset = errorOffset(err, text);
  const base = { severity: 'error' as const, file, path: '' };
  if (err.code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(text.slice(offset))![0].trim();
    return {
      ...base,
      ...positions.at(offset),
      code: CODES.duplicateKey,
      message: `Das Feld „${key}“ kommt an dieser Stelle doppelt vor.`,
      hint: 'Jedes Feld darf je Abschnitt nur einmal stehen; löschen oder vereinen Sie die Wiederholung.',
    };
  }
  const at = errorLine(text, offset, err.message);
  for (const situation of SITUATIONS) {
    if (situation.codes !== ANY && !situation.codes.includes(err.code)) continue;
    const found = situation.find(at);
    if (found !== undefined) return { ...base, ...positions.at(found), code: CODES.yamlSyntax, ...situation.explain(at) };
  }
  return { ...base, ...positions.at(offset), code: CODES.yamlSyntax, ...(YAML_MESSAGES[err.code] ?? FALLBACK) };
}
