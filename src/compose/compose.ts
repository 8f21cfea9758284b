// Compose: resolved document → Markdown (through the kind's template) → document model.
import type { DocumentModel } from '../model/types.js';
import type { ResolvedDocument } from '../resolve/resolve.js';
import { markdownToModel } from './markdown-to-model.js';
import { numberHeadings } from './number-headings.js';
import { templateFor } from './templates.js';

export interface ComposedMarkdown {
  /** The document's Markdown, with `::feldref{n="i"}` where Markdown field i goes. */
  markdown: string;
  fields: string[];
}

export function composeMarkdown(doc: ResolvedDocument): ComposedMarkdown {
  const fields: string[] = [];
  const markdown = templateFor(doc.art)(doc.view, { data: { felder: fields } });
  return { markdown, fields };
}

export function compose(doc: ResolvedDocument): DocumentModel {
  const { markdown, fields } = composeMarkdown(doc);
  const { blocks, footnotes } = markdownToModel(markdown, fields);
  return { meta: doc.meta, blocks: doc.numberHeadings ? numberHeadings(blocks, doc.numberFromLevel) : blocks, footnotes };
}
