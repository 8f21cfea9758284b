// The output formats: adding one is a writer folder plus one line here. Writers load on first use,
// so `validate` starts without pdfkit and docx.
import type { DocumentModel } from '../model/types.js';
import type { Theme } from './shared/theme.js';

export type Writer = (model: DocumentModel, theme: Theme) => Promise<Buffer>;

const LOADERS = {
  docx: async (): Promise<Writer> => (await import('./docx/index.js')).renderDocx,
  pdf: async (): Promise<Writer> => (await import('./pdf/index.js')).renderPdf,
};

export type Format = keyof typeof LOADERS;
export const FORMATS = Object.keys(LOADERS) as Format[];

export const WRITERS = Object.fromEntries(
  FORMATS.map((format): [Format, Writer] => [format, async (model, theme) => (await LOADERS[format]())(model, theme)]),
) as Record<Format, Writer>;

/** Loads a writer (and the libraries it needs) ahead of its first document. */
export async function preloadWriter(format: Format): Promise<void> {
  await LOADERS[format]();
}

export function isFormat(name: string): name is Format {
  return Object.hasOwn(WRITERS, name);
}
