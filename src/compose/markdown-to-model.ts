// Markdown (with GFM and directives) → the closed document model.
import type { Block, Footnote } from '../model/types.js';
import { parseMarkdown, parseUserMarkdown } from '../markdown/parse.js';
import { toBlocks, type BlockContext } from './blocks.js';

export interface ParsedBody {
  blocks: Block[];
  footnotes: Footnote[];
  /** What the template sets at the foot of the first page (empty when nothing). */
  firstPageFoot: Block[];
}

/** The document's Markdown plus its Markdown fields (referenced by `::feldref{n="i"}`) → model. */
export function markdownToModel(markdown: string, fields: readonly string[] = []): ParsedBody {
  const tree = parseMarkdown(markdown);
  const numbers = new Map<string, number>();
  const definitions = new Map<string, Block[]>();
  const firstPageFoot: Block[] = [];
  const ctx: BlockContext = {
    headingShift: 0,
    field: (index) => parseUserMarkdown(fields[index] ?? '').children,
    footnoteNumber(identifier) {
      let n = numbers.get(identifier);
      if (n === undefined) {
        n = numbers.size + 1;
        numbers.set(identifier, n);
      }
      return n;
    },
    defineFootnote(identifier, blocks) {
      definitions.set(identifier, blocks);
    },
    placeAtFirstPageFoot(blocks) {
      firstPageFoot.push(...blocks);
    },
  };
  const blocks = toBlocks(tree.children, ctx);
  const footnotes = [...numbers].map(([identifier, number]) => ({
    number,
    children: definitions.get(identifier) ?? [],
  }));
  return { blocks, footnotes, firstPageFoot };
}
