// Markdown (with GFM and directives) → the closed document model.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { directive } from 'micromark-extension-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import type { Block, Footnote } from '../model/types.js';
import { toBlocks, type BlockContext } from './blocks.js';

export interface ParsedBody {
  blocks: Block[];
  footnotes: Footnote[];
}

export function markdownToModel(markdown: string): ParsedBody {
  const tree = fromMarkdown(markdown, {
    extensions: [gfm(), directive()],
    mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()],
  });
  const numbers = new Map<string, number>();
  const definitions = new Map<string, Block[]>();
  const ctx: BlockContext = {
    headingShift: 0,
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
  };
  const blocks = toBlocks(tree.children, ctx);
  const footnotes = [...numbers].map(([identifier, number]) => ({
    number,
    children: definitions.get(identifier) ?? [],
  }));
  return { blocks, footnotes };
}
