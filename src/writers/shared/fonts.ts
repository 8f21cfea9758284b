// Font families from npm packages (no system fonts). Arimo and Tinos share Arial's and Times New Roman's
// metrics, so a DOCX naming Arial/Times breaks lines where our PDF does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export interface FontFamily {
  /** Name written into DOCX files (installed on every office PC). */
  docxName: string;
  /** Name of the embedded font family in PDFs. */
  pdfName: string;
  files: Record<FontStyle, string>;
}

const require = createRequire(import.meta.url);

function googleFont(pkg: string, name: string, weights: Record<FontStyle, string>): Record<FontStyle, string> {
  const dir = dirname(require.resolve(`@expo-google-fonts/${pkg}/package.json`));
  const file = (w: string) => join(dir, w, `${name}_${w}.ttf`);
  return {
    regular: file(weights.regular),
    bold: file(weights.bold),
    italic: file(weights.italic),
    boldItalic: file(weights.boldItalic),
  };
}

const WEIGHTS = { regular: '400Regular', bold: '700Bold', italic: '400Regular_Italic', boldItalic: '700Bold_Italic' };

export const FONT_FAMILIES = {
  sans: { docxName: 'Arial', pdfName: 'Arimo', files: googleFont('arimo', 'Arimo', WEIGHTS) },
  serif: { docxName: 'Times New Roman', pdfName: 'Tinos', files: googleFont('tinos', 'Tinos', WEIGHTS) },
} as const satisfies Record<string, FontFamily>;

/** DejaVu Sans carries the ballot boxes ☐ ☒ and other symbols the body fonts lack. */
export const SYMBOL_FONT_FILE = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf');

export type FontFamilyName = keyof typeof FONT_FAMILIES;

const bytes = new Map<string, Buffer>();

/** The bytes of a font file, read once per process. */
export function fontBytes(path: string): Buffer {
  let data = bytes.get(path);
  if (!data) {
    data = readFileSync(path);
    bytes.set(path, data);
  }
  return data;
}
