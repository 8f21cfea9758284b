// Compose: resolved document → Markdown (through the kind's template) → document model.
import type { DocumentModel } from '../model/types.js';
import type { ResolvedDocument } from '../resolve/resolve.js';
import { markdownToModel } from './markdown-to-model.js';
import { numberHeadings } from './number-headings.js';
import { templateFor } from './templates.js';

export function composeMarkdown(doc: ResolvedDocument): string {
  return templateFor(doc.art)(doc.view);
}

export function compose(doc: ResolvedDocument): DocumentModel {
  const { blocks, footnotes } = markdownToModel(composeMarkdown(doc));
  return { meta: doc.meta, blocks: doc.numberHeadings ? numberHeadings(blocks) : blocks, footnotes };
}
