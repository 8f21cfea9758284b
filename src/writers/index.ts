// The output formats: adding one is a writer folder plus one line here. Writers load on first use,
// so `validate` starts without pdfkit and docx.
import type { DocumentModel } from '../model/types.js';
import type { Theme } from './shared/theme.js';
import { knownLayout } from './pdf/layouts.js';
import { hasContents } from '../model/content.js';

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

/**
 * Loads a writer and renders a sample Vorlage with it, which is thrown away: a worker that does this while
 * it waits for its first document finds the writer's code compiled and its fonts parsed when one comes.
 */
export async function warmUpWriter(format: Format): Promise<void> {
  const [write, { sampleDocument }] = await Promise.all([LOADERS[format](), import('./sample-document.js')]);
  const { model, theme } = sampleDocument();
  await write(model, theme);
}

export function isFormat(name: string): name is Format {
  return Object.hasOwn(WRITERS, name);
}

/**
 * Whether a document's formats hang together, so that one worker had best make them all: the DOCX table
 * of contents takes its page numbers from the PDF layout.
 */
export const formatsHangTogether = (model: DocumentModel): boolean => hasContents(model);

/** A format's file made already on the way to another, without loading its writer. */
const ON_THE_WAY: Partial<Record<Format, (model: DocumentModel, theme: Theme) => Promise<Buffer> | undefined>> = {
  // The DOCX table of contents took its page numbers from the PDF layout, which holds the PDF.
  pdf: (model, theme) => knownLayout(model, theme)?.then((pass) => pass.pdf),
};

/** Those of `formats` a document has not got yet but that were made on the way to the others. */
export async function madeOnTheWay(model: DocumentModel, theme: Theme, formats: readonly Format[], outputs: Partial<Record<Format, Buffer>>): Promise<Partial<Record<Format, Buffer>>> {
  const made: Partial<Record<Format, Buffer>> = {};
  for (const format of formats) {
    const file = outputs[format] ? undefined : ON_THE_WAY[format]?.(model, theme);
    if (file) made[format] = await file;
  }
  return made;
}
