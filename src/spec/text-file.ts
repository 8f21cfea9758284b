// Reading a text file the user wrote: UTF-8 (with or without a byte order mark), nothing else. Files
// saved as Windows-1252/Latin-1 (Excel's „CSV“) or UTF-16 would otherwise turn umlauts into „�“ silently.
import { CODES, type Diagnostic } from './diagnostics.js';

export interface NotUtf8 {
  /** Where the first byte that is not UTF-8 sits (1-based; the column counts characters). */
  line: number;
  column: number;
  utf16: boolean;
  /** That byte read as Windows-1252 (what Excel and older editors write), when it is a printable character. */
  windows1252?: string;
}

export type TextFile = { text: string } | { notUtf8: NotUtf8 };

const DECODER = new TextDecoder('utf-8', { fatal: true });
/** For the characters before a foreign byte: never throws, even where the check above is lenient (overlong forms). */
const LENIENT = new TextDecoder('utf-8');
const WINDOWS_1252 = new TextDecoder('windows-1252');

/** The length of the UTF-8 sequence that `byte` starts, 0 when no sequence starts so. */
function sequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  return byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
}

/** Where the first byte that is not UTF-8 sits; a line ends at LF, CRLF or a lone CR (old Mac spreadsheets). */
function firstInvalid(bytes: Uint8Array): Omit<NotUtf8, 'utf16'> {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    const length = sequenceLength(byte);
    const valid = length > 0 && i + length <= bytes.length && [...bytes.subarray(i + 1, i + length)].every((b) => b >= 0x80 && b <= 0xbf);
    if (!valid) {
      const guess = WINDOWS_1252.decode(bytes.subarray(i, i + 1));
      return { line, column: LENIENT.decode(bytes.subarray(lineStart, i)).length + 1, ...(/\p{Cc}/u.test(guess) ? {} : { windows1252: guess }) };
    }
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
    i += length;
  }
  return { line, column: 1 };
}

export function decodeText(bytes: Uint8Array): TextFile {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) return { notUtf8: { line: 1, column: 1, utf16 } };
  try {
    return { text: DECODER.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { notUtf8: { ...firstInvalid(bytes), utf16 } };
  }
}

const SAVE_AS_UTF8 = {
  spreadsheet:
    'Speichern Sie die Liste als UTF-8: in Excel mit „Datei › Speichern unter“ und dem Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“; in LibreOffice Calc mit „Datei › Speichern unter“, Dateityp „Text CSV (.csv)“, einem Haken bei „Filtereinstellungen bearbeiten“ und dem Zeichensatz „Unicode (UTF-8)“.',
  text: 'Speichern Sie die Datei mit der Kodierung „UTF-8“ (im Editor meist unter „Speichern unter“ → „Codierung“).',
} as const;

/**
 * The error for a file that is not UTF-8, at its first foreign byte, with the character that byte probably
 * is; `from` says how the file was written (a spreadsheet for a partner list), which the hint follows.
 */
export function notUtf8Diagnostic(file: string, found: NotUtf8, from: keyof typeof SAVE_AS_UTF8): Diagnostic {
  const message = found.utf16
    ? 'Die Datei ist als UTF-16 gespeichert; erwartet wird UTF-8.'
    : `Die Datei ist nicht als UTF-8 gespeichert: Hier steht ein Zeichen in einer anderen Kodierung (${found.windows1252 ? `wohl „${found.windows1252}“ in Windows-1252` : 'etwa ein Umlaut aus Windows-1252'}).`;
  return { code: CODES.notUtf8, severity: 'error', message, hint: SAVE_AS_UTF8[from], file, line: found.line, column: found.column, path: '' };
}
