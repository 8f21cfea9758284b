// Reading a text file the user wrote: UTF-8 (with or without a byte order mark), nothing else. Files
// saved as Windows-1252/Latin-1 (Excel's „CSV“) or UTF-16 would otherwise turn umlauts into „�“ silently.

export type TextFile = { text: string } | { notUtf8: { line: number; column: number; utf16: boolean } };

const DECODER = new TextDecoder('utf-8', { fatal: true });

/** Where the first byte that is not UTF-8 sits (1-based line and column). */
function firstInvalid(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    const valid = length > 0 && i + length <= bytes.length && [...bytes.subarray(i + 1, i + length)].every((b) => b >= 0x80 && b <= 0xbf);
    if (!valid) return { line, column: new TextDecoder().decode(bytes.subarray(lineStart, i)).length + 1 };
    if (byte === 0x0a) {
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

/** The German explanation of a file that is not UTF-8. */
export function notUtf8Message(utf16: boolean, file: string): { message: string; hint: string } {
  return {
    message: utf16
      ? 'Die Datei ist als UTF-16 gespeichert; erwartet wird UTF-8.'
      : 'Die Datei ist nicht als UTF-8 gespeichert: Hier steht ein Zeichen in einer anderen Kodierung (etwa ein Umlaut aus Windows-1252).',
    hint: /\.csv$/i.test(file)
      ? 'Speichern Sie die Datei mit der Kodierung „UTF-8“ (in Excel: „CSV UTF-8 (durch Trennzeichen getrennt)“).'
      : 'Speichern Sie die Datei mit der Kodierung „UTF-8“ (im Editor meist unter „Speichern unter“ → „Codierung“).',
  };
}
