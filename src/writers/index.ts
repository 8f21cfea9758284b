// The output formats: adding one is a writer folder plus one line here. Writers load on first use,
// so `validate` starts without pdfkit and docx.
import type { DocumentModel } from '../model/types.js';
import type { Theme } from './shared/theme.js';

export type Writer = (model: DocumentModel, theme: Theme) => Promise<Buffer>;

export const WRITERS = {
  docx: async (model, theme) => (await import('./docx/index.js')).renderDocx(model, theme),
  pdf: async (model, theme) => (await import('./pdf/index.js')).renderPdf(model, theme),
} as const satisfies Record<string, Writer>;

export type Format = keyof typeof WRITERS;
export const FORMATS = Object.keys(WRITERS) as Format[];

export function isFormat(name: string): name is Format {
  return Object.hasOwn(WRITERS, name);
}
