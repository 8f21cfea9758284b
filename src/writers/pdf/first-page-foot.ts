// Blocks at the foot of the first page, above its footer (a form's Mitzeichnungen box). They are drawn
// there before the text, whose first page then stops above them. How much room they take is found by
// drawing them into a scratch document first, with the very handlers that draw them in place.
import type { Block, DocumentModel } from '../../model/types.js';
import type { Theme } from '../shared/theme.js';
import type { PdfContext, StructElement } from './context.js';
import { drawBlocks } from './handlers.js';
import type { PreparedImages } from './images.js';
import { navigation } from './navigation.js';
import { startPass } from './start-pass.js';
import { noSpaceYet } from './vertical-space.js';

export interface FirstPageFoot {
  blocks: Block[];
  /** From the top of the first block to the bottom of the last (without the space below it). */
  height: number;
}

/** The foot's blocks with their height, as drawn across the text width. */
export function measureFirstPageFoot(model: DocumentModel, theme: Theme, images: PreparedImages, blocks: Block[]): FirstPageFoot {
  const { doc, ctx } = startPass(model, theme, images, navigation([]));
  const top = doc.y;
  drawBlocks(blocks, ctx);
  const spaceBelow = ctx.lastSpace.page === doc.page && ctx.lastSpace.y === doc.y ? ctx.lastSpace.points : 0;
  return { blocks, height: doc.y - spaceBelow - top };
}

/**
 * Draws the foot at the bottom of the first page, its last block ending at the house's bottom margin,
 * and keeps its room free: the text, drawn next, stops a heading's space above it. Call before the text.
 * Drawn first, the foot does not split the text of a paragraph that runs on to page 2 when the PDF's
 * text is copied or read in the order it was drawn; to screen readers it comes last (see the result).
 * @returns the foot's structure element (a Div): add it to the document's root once the text is drawn.
 */
export function drawFirstPageFoot(ctx: PdfContext, foot: FirstPageFoot): StructElement {
  const { doc, theme } = ctx;
  const box = doc.struct('Div');
  const top = doc.y;
  const bottomMargin = doc.page.margins.bottom;
  doc.page.margins.bottom = 0; // the foot sits in the room the margin keeps for it
  doc.y = doc.page.height - theme.margin.bottom - foot.height;
  drawBlocks(foot.blocks, { ...ctx, parent: box, lastSpace: noSpaceYet() });
  doc.page.margins.bottom = bottomMargin + foot.height + theme.space.headingBefore;
  doc.y = top;
  return box;
}
