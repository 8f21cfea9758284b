// What a document model shows, wherever on the page: for work over all of it (images, plain texts, counts).
import type { Block, DocumentModel } from './types.js';

/** The document's blocks in reading order, its first page's foot last (as screen readers read it). */
export const allBlocks = (model: DocumentModel): Block[] => [...model.blocks, ...(model.firstPageFoot ?? [])];

/** Whether the document lists its headings with their pages (a table of contents). */
export const hasContents = (model: DocumentModel): boolean => model.blocks.some((block) => block.type === 'toc');
