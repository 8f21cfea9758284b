// What YAML reads differently from what a user meant, found in one walk over the document's scalars:
// RV110 a number with a leading zero, RV012 a number with a thousands dot, RV011 a text cut short by „#“, RV010 characters no document can
// hold (these are replaced by „�“ in the document itself, so every later step sees clean text; tabs within a
// line become spaces there too, without a warning, unless they separate the cells of a pasted table).
import { isPair, isScalar, Scalar, visit, type Document } from 'yaml';
import { CODES, type Diagnostic } from './diagnostics.js';
import type { Position, PositionMap } from './positions.js';
import { looseTabsAsSpaces } from '../markdown/tab-tables.js';
import { codePointLabel, positionInText } from './spec-strings.js';

type Finding = Pick<Diagnostic, 'code' | 'message' | 'hint'> & { at: Position };

/** One check of a scalar: a warning at a place in the file, or undefined. It may mend the node. */
type ScalarCheck = (node: Scalar, positions: PositionMap, field: string | undefined) => Finding | undefined;

const sourceOf = (node: Scalar) => (node as Scalar & { source?: string }).source ?? '';

/** Unquoted numbers with leading zeros („0452“) silently become 452; users almost always meant text. */
const leadingZero: ScalarCheck = (node, positions) => {
  const source = sourceOf(node);
  // Only whole numbers lose something: „0452“ was a number meant as text; „0702.00“ is still 702.
  if (node.type !== Scalar.PLAIN || typeof node.value !== 'number' || !/^[-+]?0\d+$/.test(source)) return undefined;
  return {
    code: CODES.leadingZero,
    message: `YAML liest „${source}“ als Zahl ${String(node.value)}, die führende Null geht verloren.`,
    hint: `Setzen Sie den Wert in Anführungszeichen: "${source}".`,
    at: positions.at(node.range?.[0] ?? 0),
  };
};

/** Fields of amounts and counts, where three digits after a dot are a thousands group, not decimals. */
const AMOUNT_FIELDS = new Set(['betraege', 'betrag', 'einzelpreis', 'einwohner', 'menge']);

/** „1.200“ meant as twelve hundred: YAML reads the dot as a decimal point, and the amount becomes 1,2. */
const thousandsDot: ScalarCheck = (node, positions, field) => {
  const source = sourceOf(node);
  if (node.type !== Scalar.PLAIN || typeof node.value !== 'number' || !AMOUNT_FIELDS.has(field ?? '') || !/^[-+]?[1-9]\d{0,2}\.\d{3}$/.test(source)) return undefined;
  return {
    code: CODES.thousandsDot,
    message: `YAML liest „${source}“ als ${String(node.value).replace('.', ',')}: Der Punkt trennt in YAML die Nachkommastellen, nicht die Tausender.`,
    hint: `Meinen Sie ${source.replace('.', '')}, dann schreiben Sie die Zahl ohne Punkt; Cent stehen hinter dem Punkt: 1200.50.`,
    at: positions.at(node.range?.[0] ?? 0),
  };
};

/**
 * `betreff: Projekt #5 der Stadt`: YAML reads everything from „ #“ on as a comment, and the text ends at
 * „Projekt“. A comment that follows a plain value on its line and starts right after „#“ (people write
 * „# Kommentar“ with a space) is most likely text that went missing.
 */
const cutByComment: ScalarCheck = (node, positions) => {
  if (node.type !== Scalar.PLAIN || typeof node.comment !== 'string' || /^\s/.test(node.comment) || !node.range) return undefined;
  // The node's end (range[2]) lies after its comment's line break.
  if (positions.at(node.range[1]).line !== positions.at(node.range[2] - 1).line) return undefined;
  if (node.value === null) {
    // „betreff: #5 Projekt“: the whole value became a comment.
    return {
      code: CODES.cutByComment,
      message: `Der Wert ist leer: „#${node.comment}“ liest YAML als Kommentar.`,
      hint: `Setzen Sie den Text in Anführungszeichen: "#${node.comment}".`,
      at: positions.at(node.range[0]),
    };
  }
  return {
    code: CODES.cutByComment,
    message: `Der Text endet hier bei „${String(node.value)}“: „#${node.comment}“ liest YAML als Kommentar.`,
    hint: `Setzen Sie den ganzen Text in Anführungszeichen: "${String(node.value)} #${node.comment}".`,
    at: positions.at(node.range[1]),
  };
};

// Characters no document may hold (XML forbids them, PDF text cannot show them): control characters
// (also the C1 range that wrongly converted Windows-1252 text leaves), U+FFFE/U+FFFF and halves of
// surrogate pairs, as escapes (\u0001) or pasted text bring them in.
const UNUSABLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Word's line break inside a paragraph (Shift+Enter) and the form feed arrive when text is pasted.
const PASTED_BREAKS = /[\u000b\u000c]/g;

/** Replaces unusable characters in a text value by „�“, with a warning at the first one. */
const unusableCharacters: ScalarCheck = (node, positions) => {
  if (typeof node.value !== 'string') return undefined;
  // A tab within a line (a tab stop, pasted) has no glyph and would print as an empty box: it separates words,
  // so it becomes a space, unless it separates the cells of a table pasted from Excel or Word (tab-tables.ts).
  // Tabs that indent a line stay, as Markdown reads them as indentation.
  const value = looseTabsAsSpaces(node.value.replace(PASTED_BREAKS, ' '));
  const first = value.search(UNUSABLE);
  // Found before the value is mended: the words around the character locate it in the file.
  const at = first < 0 ? undefined : positionInText(value, first);
  const place = at && positions.inNode(node, at.line, at.column);
  if (value !== node.value || first >= 0) node.value = value.replace(UNUSABLE, '\ufffd');
  if (!place) return undefined;
  const code = codePointLabel(String.fromCodePoint(value.codePointAt(first)!));
  return {
    code: CODES.unusableCharacter,
    message: `Der Text enthält ein Zeichen, das in Dokumenten nicht stehen kann (${code}); es erscheint als „�“.`,
    hint: 'Meist kommt es beim Kopieren aus anderen Programmen mit. Löschen Sie es oder schreiben Sie den Text an dieser Stelle neu.',
    at: place,
  };
};

const SCALAR_CHECKS: readonly ScalarCheck[] = [leadingZero, thousandsDot, cutByComment, unusableCharacters];

/** Warnings about the document's scalars, in document order (mending unusable characters on the way). */
export function scalarWarnings(doc: Document, file: string, positions: PositionMap): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(doc, {
    Scalar(_, node, path) {
      const pair = [...path].reverse().find(isPair);
      const field = pair && isScalar(pair.key) ? String(pair.key.value) : undefined;
      for (const check of SCALAR_CHECKS) {
        const finding = check(node, positions, field);
        if (!finding) continue;
        const { at, ...fields } = finding;
        found.push({ severity: 'warning', ...fields, file, ...at, path: '' });
      }
    },
  });
  return found;
}
