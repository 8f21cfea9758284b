// The room the start of a block needs on a page, so that what leads into it (a heading, a paragraph that
// introduces it, a bold line that titles it) moves to the next page together with it, never alone.
import type { Block, ListBlock, TableBlock } from '../../model/types.js';
import { labelColumn } from '../shared/lists.js';
import { pageRoom, type PdfContext } from './context.js';
import { measureInlines } from './inline.js';
import { gridStartHeight } from './table.js';
import { pendingNotes } from './footnotes.js';
import { headingStyle } from '../shared/theme.js';
import { spaceBelowParagraph } from './vertical-space.js';

/** Blocks that stay on the page where the block after them begins. */
export function keepsWithNext(block: Block | undefined): boolean {
  return block?.type === 'heading' || (block?.type === 'paragraph' && block.keepWithNext === true);
}

/** The column a list's items are drawn in: indented by the room its labels need (at least the theme's list indent). */
export function listBody(ctx: PdfContext, list: ListBlock): PdfContext {
  const indent = labelColumn(list, ctx.listDepth, ctx.theme);
  return { ...ctx, x: ctx.x + indent, width: ctx.width - indent, listDepth: ctx.listDepth + 1 };
}

/** The column quoted text is drawn in: indented by the theme's quote indent. */
export function quoteBody(ctx: PdfContext): PdfContext {
  const indent = ctx.theme.space.quoteIndent;
  return { ...ctx, x: ctx.x + indent, width: ctx.width - indent };
}

/** What a block needs on the page to begin there, given `after` (the blocks after it) and `lead` (the height kept with it above). */
type StartHeights = {
  [K in Block['type']]?: (node: Extract<Block, { type: K }>, ctx: PdfContext, after: readonly Block[], lead: number) => number;
};

const bodyLines = (ctx: PdfContext, count: number) => count * ctx.theme.size.body * ctx.theme.lineHeight;

/** What a heading or an introduction needs below it of a paragraph (or of anything else): three lines. */
const threeLines = (ctx: PdfContext) => bodyLines(ctx, 3);

const starts: StartHeights = {
  heading: (node, ctx, after, lead) => {
    const text = measureInlines(ctx, node.children, { ...headingStyle(ctx.theme, node.level), bold: true });
    const own = (lead > 0 ? ctx.theme.space.headingBefore : 0) + text + ctx.theme.space.headingAfter;
    return own + startHeight(ctx, after, lead + own);
  },
  paragraph: (node, ctx, after, lead) => {
    if (!node.keepWithNext) return threeLines(ctx);
    // Its footnotes take their room at the same page's foot.
    const text = measureInlines(ctx, node.children, { size: ctx.theme.size.body }) + pendingNotes(ctx, node.children).height;
    const own = text + spaceBelowParagraph(ctx);
    return own + startHeight(ctx, after, lead + own);
  },
  list: (node, ctx, _, lead) => startHeight(listBody(ctx, node), node.items[0] ?? [], lead),
  quote: (node, ctx, _, lead) => startHeight(quoteBody(ctx), node.children, lead),
  table: (node, ctx, after, lead) => gridStartHeight(ctx, node, lead, roomAfterTable(ctx, node, after)),
  fields: (node, ctx, _, lead) => gridStartHeight(ctx, node, lead),
};

/**
 * The room the first of `blocks` needs below the current y, with everything it keeps with: a heading
 * its own height and the start of the next block; a table all of it if it is kept whole, else its
 * first row; anything else three lines. Never more than a page holds.
 */
export function startHeight(ctx: PdfContext, blocks: readonly Block[], lead = 0): number {
  const [block, ...after] = blocks;
  const start = block && (starts[block.type] as ((node: Block, ctx: PdfContext, after: readonly Block[], lead: number) => number) | undefined);
  return Math.min(start ? start(block, ctx, after, lead) : threeLines(ctx), pageRoom(ctx.doc) - lead);
}

/**
 * The room a table that keeps its last rows with the next block (a finance table's note) needs below its
 * last row: the space between them and the start of that block; of a paragraph the room it asks for
 * (two lines), all of it up to three lines. Nothing for any other table.
 */
export function roomAfterTable(ctx: PdfContext, node: TableBlock, after: readonly Block[]): number {
  const [next] = after;
  if (!node.keepWithNext || !next) return 0;
  const own = next.type === 'paragraph' && !next.keepWithNext ? measureInlines(ctx, next.children, { size: ctx.theme.size.body }) : undefined;
  const start = own === undefined ? startHeight(ctx, after) : Math.min(Math.max(own, bodyLines(ctx, 2)), threeLines(ctx));
  return ctx.theme.space.belowTable + start;
}
