// A plain (unquoted) value that starts with a character YAML reads as syntax: `**Keine**` becomes a
// reference to an anchor, `&Keine` an anchor, `!Wichtig` a type, `@Stadt` a reserved character,
// `> 100 Personen` the start of a text block. The parser then reports something else (too many references,
// an empty value, an unexpected character) or nothing at all and drops the words. Each such value is
// found in the parsed document and reported once, at its first character, with the line to write instead.
import { isAlias, isScalar, Scalar, visit, type Document } from 'yaml';

/** What YAML makes of each character at the start of a value, as the message says it. */
const READINGS: Record<string, string> = {
  '*': 'als Verweis',
  '&': 'als Anker für Verweise',
  '!': 'als Typangabe',
  '%': 'als Anweisung an YAML',
  '@': 'als reserviertes Zeichen',
  '`': 'als reserviertes Zeichen',
  '|': 'als Beginn eines Textblocks in den Zeilen darunter',
  '>': 'als Beginn eines Textblocks in den Zeilen darunter',
};

const RESERVED_START = /^[@`%]/;
/** A block header („|“, „>-“, „|2“) followed by text on the same line, not only by a comment. */
const HEADER_WITH_TEXT = /^[|>][-+1-9]*[ \t]*[^\s#]/;
/** What may stand before a value on its line: indentation, list dashes and a key. */
const BEFORE_VALUE = /^ *(?:- +)*(?:[^\s#-][^#]*?: +)?(?:- +)*$/;
const QUOTE_LENGTH = 70;

export interface IndicatorMistake {
  offset: number;
  message: string;
  hint: string;
}

const shortened = (text: string) => (text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text);

/** A value as it would stand in double quotes: without a trailing comment, shortened when long. */
export function quotable(value: string): string {
  return shortened(value.replace(/\s+#.*$/, '').trim().replace(/\\/g, '\\\\').replace(/"/g, '\\"'));
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** Whether the plain value on this line goes on in the next line (indented deeper than its key or list dash). */
function continues(text: string, lineEnd: number, before: string): boolean {
  const key = /^ *(?:- +)*(?=[^\s-])/.exec(before)?.[0].length ?? before.lastIndexOf('-');
  const next = /^\n([^\n]*)/.exec(text.slice(lineEnd))?.[1];
  return next !== undefined && next.trim() !== '' && !next.trim().startsWith('#') && indentOf(next) > key;
}

/** The message for the value starting at `offset`, with its line written as it should be. */
export function indicatorMistake(text: string, offset: number): IndicatorMistake {
  const indicator = text[offset]!;
  const message = `Ein Text, der mit „${indicator}“ beginnt, muss in Anführungszeichen stehen (YAML liest „${indicator}“ am Anfang ${READINGS[indicator] ?? 'als Steuerzeichen'}).`;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  const before = text.slice(lineStart, offset);
  const value = text.slice(offset, lineEnd).replace(/\r$/, '');
  if (!BEFORE_VALUE.test(before)) return { offset, message, hint: 'Setzen Sie den Text in Anführungszeichen: "…".' };
  if (continues(text, lineEnd, before)) {
    return {
      offset,
      message,
      hint: `Der Text geht in der nächsten Zeile weiter: Schreiben Sie „${before.trim()} |“ und darunter den ganzen Text eingerückt, beginnend mit „${shortened(value.trim())}“.`,
    };
  }
  // „|“ and „>“ alone start a text block: perhaps the text was meant to begin on the next line.
  const block = indicator === '|' || indicator === '>' ? `Beginnt der Text erst in der nächsten Zeile, steht „${before.trim()} ${indicator}“ allein in dieser Zeile. Soll er mit „${indicator}“ beginnen, schreiben Sie: ` : 'Schreiben Sie: ';
  return { offset, message, hint: `${block}${before.trimStart()}"${quotable(value)}"` };
}

/** Offsets of values that start with an indicator the user meant as text, in document order. */
function indicatorOffsets(doc: Document, text: string): number[] {
  const offsets: number[] = [];
  const anchorsSoFar = new Set<string>();
  const referenced = new Set<string>();
  const anchoredTexts: { anchor: string; offset: number }[] = [];
  visit(doc, {
    Node(_, node) {
      const start = node.range?.[0];
      if (start === undefined) return;
      if (isAlias(node)) {
        referenced.add(node.source);
        // `**Keine**`: a reference to an anchor no earlier value has.
        if (!anchorsSoFar.has(node.source)) offsets.push(start);
        return;
      }
      if (node.anchor !== undefined) {
        anchorsSoFar.add(node.anchor);
        // The anchor stands before the node's range.
        if (isScalar(node)) anchoredTexts.push({ anchor: node.anchor, offset: text.lastIndexOf(`&${node.anchor}`, start) });
      }
      if (!isScalar(node)) return;
      const source = text.slice(start, node.range![1]);
      // `@Stadt`, `` `Keine` ``, `% Anteil`: the parser keeps the text but complains.
      if (node.type === Scalar.PLAIN && RESERVED_START.test(source)) offsets.push(start);
      // `> 100 Personen`, `|Keine`: a block header with text after it.
      if ((node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) && HEADER_WITH_TEXT.test(source)) offsets.push(start);
    },
  });
  // `&Keine`: an anchor on a text that nothing refers to.
  for (const { anchor, offset } of anchoredTexts) if (!referenced.has(anchor)) offsets.push(offset);
  // `!Wichtig`: a tag the schema does not know; YAML drops it from the text.
  for (const warning of doc.warnings) if (warning.code === 'TAG_RESOLVE_FAILED') offsets.push(warning.pos[0]);
  return [...new Set(offsets)].sort((a, b) => a - b);
}

/** Every value in the document that starts with an indicator meant as text. */
export function indicatorMistakes(doc: Document, text: string): IndicatorMistake[] {
  return indicatorOffsets(doc, text).map((offset) => indicatorMistake(text, offset));
}
