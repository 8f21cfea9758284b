// The output formats: adding one is a writer folder plus one line here.
import type { DocumentModel } from '../model/types.js';
import type { Theme } from './shared/theme.js';
import { renderDocx } from './docx/index.js';
import { renderPdf } from './pdf/index.js';

export type Writer = (model: DocumentModel, theme: Theme) => Promise<Buffer>;

export const WRITERS = {
  docx: renderDocx,
  pdf: renderPdf,
} as const satisfies Record<string, Writer>;

export type Format = keyof typeof WRITERS;
export const FORMATS = Object.keys(WRITERS) as Format[];

export function isFormat(name: string): name is Format {
  return Object.hasOwn(WRITERS, name);
}
