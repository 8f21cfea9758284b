// Compose: resolved document → Markdown (through the kind's template) → document model.
import type { Block, DocumentMeta, DocumentModel, HeadingBlock } from '../model/types.js';
import { typeset } from './typography.js';
import { germanQuotes } from './quotes.js';
import { plainText } from './inline.js';
import type { ResolvedDocument } from '../resolve/resolve.js';
import { markdownToModel } from './markdown-to-model.js';
import { numberHeadings } from './number-headings.js';
import { alignRunsOfSameHeads } from './align-tables.js';
import { templateFor } from './templates.js';
import { afterHostNotes, numberedInReadingOrder } from './footnote-order.js';

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
  const { blocks, footnotes, firstPageFoot } = composeContent(doc);
  return { meta: typesetMeta(doc.meta), blocks: alignRunsOfSameHeads(blocks), footnotes, ...(firstPageFoot?.length ? { firstPageFoot } : {}) };
}

/**
 * The document's blocks (with an embedded report's in place), notes and first page's foot, before tables
 * are lined up across the whole. An embedded report's first page is not a page of this document: its foot is left out.
 */
function composeContent(doc: ResolvedDocument): Pick<DocumentModel, 'blocks' | 'footnotes' | 'firstPageFoot'> {
  const { markdown, fields } = composeMarkdown(doc);
  const parsed = markdownToModel(markdown, fields);
  const numbered = doc.numberHeadings ? numberHeadings(parsed.blocks, doc.numberFromLevel) : parsed.blocks;
  const firstPageFoot = parsed.firstPageFoot;
  if (!doc.embedded) return { blocks: numbered, footnotes: parsed.footnotes, firstPageFoot };
  const embedded = composeContent(doc.embedded.document);
  const report = afterHostNotes(parsed.footnotes.length, embedded.blocks, embedded.footnotes);
  const blocks = embed(numbered, doc.embedded.afterHeading, report.blocks);
  return { ...numberedInReadingOrder(blocks, [...parsed.footnotes, ...report.footnotes]), firstPageFoot };
}

/** The title and running header set as the text is (a title is metadata: quotes only, no bound spaces). */
function typesetMeta(meta: DocumentMeta): DocumentMeta {
  const runningHeader = meta.runningHeader === undefined ? {} : { runningHeader: typeset(meta.runningHeader) };
  return { ...meta, title: germanQuotes(meta.title), ...runningHeader };
}

/** The content of a report (without its letterhead, title and contents list), one heading level down, at the end of a section. */
function embed(blocks: Block[], sectionHeading: string, report: Block[]): Block[] {
  const content = report
    .filter((b) => !['letterhead', 'title', 'toc', 'signature'].includes(b.type))
    .map((b): Block => (b.type === 'heading' ? { ...b, level: Math.min(4, b.level + 1) as HeadingBlock['level'] } : b));
  const start = blocks.findIndex((b) => b.type === 'heading' && b.level === 1 && plainText(b.children) === sectionHeading);
  if (start < 0) return [...blocks, ...content];
  const next = blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.level === 1);
  const at = next < 0 ? blocks.length : next;
  return [...blocks.slice(0, at), ...content, ...blocks.slice(at)];
}
