// Markdown (with GFM and directives) → the closed document model.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { directive } from 'micromark-extension-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import type { Root } from 'mdast';
import type { Block, Footnote } from '../model/types.js';
import { toBlocks, type BlockContext } from './blocks.js';

export interface ParsedBody {
  blocks: Block[];
  footnotes: Footnote[];
}

const OPTIONS = {
  extensions: [gfm(), directive()],
  mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()],
};

const CACHE_LIMIT = 500;
const parsed = new Map<string, Root>();

/** Parses Markdown once per text and process (the trees are only read afterwards). */
function parse(markdown: string): Root {
  let tree = parsed.get(markdown);
  if (!tree) {
    tree = fromMarkdown(markdown, OPTIONS);
    if (parsed.size >= CACHE_LIMIT) parsed.delete(parsed.keys().next().value!);
    parsed.set(markdown, tree);
  }
  return tree;
}

/** The document's Markdown plus its Markdown fields (referenced by `::feldref{n="i"}`) → model. */
export function markdownToModel(markdown: string, fields: readonly string[] = []): ParsedBody {
  const tree = parse(markdown);
  const numbers = new Map<string, number>();
  const definitions = new Map<string, Block[]>();
  const ctx: BlockContext = {
    headingShift: 0,
    field: (index) => parse(fields[index] ?? '').children,
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
