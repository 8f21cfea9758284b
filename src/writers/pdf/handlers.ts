// PDF handlers: one per model node type; each draws at doc.y within ctx.x/ctx.width and tags what it draws.
import type { Block, Handlers, ImageRef, Inline, SignatureColumn } from '../../model/types.js';
import { itemLabel } from '../shared/lists.js';
import { pdfImage, type PreparedImage } from './images.js';
import { artifact, ensureSpace, FONT, group, lineGap, tagged, type PdfContext } from './context.js';
import { drawInlines } from './inline.js';
import { drawParagraphLines } from './widows.js';
import { drawGrid } from './table.js';
import { keepsWithNext, listBody, quoteBody, roomAfterTable, startHeight } from './keep-with-next.js';
import { notesSharingPage, paragraphWithNotes, pendingNotes, placeNotesAtFoot } from './footnotes.js';
import { drawToc, markHeading } from './navigation.js';
import { plainText } from '../../compose/inline.js';
import { addSpace, spaceBelowParagraph } from './vertical-space.js';
import { headingStyle } from '../shared/theme.js';

const MM = 72 / 25.4;

export function drawBlocks(blocks: readonly Block[], ctx: PdfContext): void {
  blocks.forEach((block, i) => blockHandlers[block.type](block as never, { ...ctx, after: blocks.slice(i + 1), ledIn: keepsWithNext(blocks[i - 1]) }));
}

/** Room that is not space between blocks (to sign on, below a signature line): it never merges. */
function room(ctx: PdfContext, points: number): void {
  ctx.doc.y += points;
}

function paragraph(ctx: PdfContext, children: Inline[], size: number, bold = false, tag = 'P'): void {
  ensureSpace(ctx, size * ctx.theme.lineHeight * 2);
  drawParagraphLines(ctx, children, { size, bold }, (draw) => tagged(ctx, tag, draw));
}

/** A rule's line width in pt. */
const RULE_WIDTH = 0.5;

function imageHeight(ctx: PdfContext, ref: ImageRef, width: number): number {
  return width * preparedImage(ctx, ref).aspect;
}

function preparedImage(ctx: PdfContext, ref: ImageRef): PreparedImage {
  const image = ctx.images.get(ref.src);
  if (!image) throw new Error(`image ${ref.src} was not prepared`);
  return image;
}

/** Draws an image tagged as Figure with its alternative text; returns its height. */
function drawImage(ctx: PdfContext, ref: ImageRef, x: number, y: number, width: number): number {
  const image = preparedImage(ctx, ref);
  const height = width * image.aspect;
  tagged(ctx, 'Figure', () => ctx.doc.image(pdfImage(ctx.doc, image) as Buffer, x, y, { width, height }), ctx.parent, { alt: ref.alt });
  return height;
}

function drawLines(ctx: PdfContext, lines: Inline[][]): void {
  lines.forEach((line) => tagged(ctx, 'P', () => drawInlines(ctx, line, { size: ctx.theme.size.body })));
}

/** Lines above, room to sign (with a line unless signed „gez.“), then name and function. */
function drawSignatureColumn(ctx: PdfContext, column: SignatureColumn, roomAbove: boolean): void {
  drawLines(ctx, column.before);
  room(ctx, roomAbove ? ctx.theme.signature.space : 0);
  if (column.signLine) {
    const y = ctx.doc.y;
    artifact(ctx, () => {
      ctx.doc.moveTo(ctx.x, y).lineTo(ctx.x + Math.min(ctx.theme.signature.lineWidth, ctx.width), y).lineWidth(0.6).strokeColor(ctx.theme.color.text).stroke();
    });
    room(ctx, 3);
  }
  drawLines(ctx, column.after);
}

export const blockHandlers: Handlers<PdfContext, void> = {
  title: (node, ctx) => {
    const size = node.role === 'art' ? ctx.theme.size.art : ctx.theme.size.betreff;
    if (node.role === 'betreff') addSpace(ctx, ctx.theme.space.headingBefore);
    paragraph(ctx, node.children, size, true);
    addSpace(ctx, node.role === 'betreff' ? ctx.theme.space.headingBefore : ctx.theme.space.paragraph);
  },
  fields: (node, ctx) => {
    drawGrid(ctx, node);
    addSpace(ctx, ctx.theme.space.paragraph);
  },
  heading: (node, ctx) => {
    const { size, italic } = headingStyle(ctx.theme, node.level);
    addSpace(ctx, ctx.theme.space.headingBefore);
    const notes = notesSharingPage(ctx, pendingNotes(ctx, node.children), size * 1.4); // a heading's note goes to its page's foot too
    ensureSpace(ctx, startHeight(ctx, [node, ...(ctx.after ?? [])]) + notes.height);
    markHeading(ctx, node, plainText(node.children));
    tagged(ctx, `H${node.level}`, () => drawInlines(ctx, node.children, { size, bold: true, italic }));
    placeNotesAtFoot(ctx, notes);
    addSpace(ctx, ctx.theme.space.headingAfter);
  },
  paragraph: (node, ctx) => {
    if (node.keepWithNext) ensureSpace(ctx, startHeight(ctx, [node, ...(ctx.after ?? [])]));
    paragraphWithNotes(ctx, node.children, () => paragraph(ctx, node.children, ctx.theme.size.body));
    addSpace(ctx, spaceBelowParagraph(ctx));
  },
  list: (node, ctx) => {
    const size = ctx.theme.size.body;
    const body = listBody(ctx, node);
    group(ctx, 'L', (list) => {
      node.items.forEach((item, index) => {
        group({ ...ctx, parent: list }, 'LI', (li) => {
          // The label goes where its item's text starts: an item that introduces a nested list needs more room.
          const first = item[0];
          ensureSpace(ctx, first?.type === 'paragraph' && first.keepWithNext ? startHeight(body, item) : size * ctx.theme.lineHeight * 2);
          const y = ctx.doc.y;
          const label = itemLabel(node, index, ctx.listDepth);
          const width = body.x - ctx.x;
          tagged(ctx, 'Lbl', () => drawInlines(ctx, [{ type: 'text', value: label }], { size, x: ctx.x, width, noWrap: true }), li);
          ctx.doc.y = y;
          group({ ...body, parent: li }, 'LBody', (lbody) => drawBlocks(item, { ...body, parent: lbody }));
        });
        if (node.loose && index < node.items.length - 1) addSpace(ctx, ctx.theme.space.paragraph);
      });
    });
    if (ctx.listDepth === 0) addSpace(ctx, ctx.theme.space.paragraph);
  },
  quote: (node, ctx) => group(ctx, 'BlockQuote', (quote) => drawBlocks(node.children, { ...quoteBody(ctx), parent: quote })),
  table: (node, ctx) => {
    drawGrid(ctx, node, roomAfterTable(ctx, node, ctx.after ?? []));
    addSpace(ctx, ctx.theme.space.belowTable);
  },
  checkboxes: (node, ctx) => {
    const size = ctx.theme.size.body;
    group(ctx, 'L', (list) => {
      for (const item of node.items) {
        group({ ...ctx, parent: list }, 'LI', (li) => {
          ensureSpace(ctx, size * ctx.theme.lineHeight * 1.5);
          const y = ctx.doc.y;
          tagged(ctx, 'Lbl', () => {
            ctx.doc.font(FONT.symbol).fontSize(size);
            ctx.doc.text(item.checked ? '☒' : '☐', ctx.x, y, { lineBreak: false });
          }, li);
          ctx.doc.y = y;
          tagged(ctx, 'LBody', () => drawInlines(ctx, item.children, { size, x: ctx.x + size * 1.5, width: ctx.width - size * 1.5 }), li);
        });
      }
    });
    addSpace(ctx, ctx.theme.space.paragraph);
  },
  signature: (node, ctx) => {
    const size = ctx.theme.size.body;
    const line = size * ctx.theme.lineHeight + lineGap(ctx.theme, size);
    const columnsHeight = Math.max(...node.columns.map((c) => (c.before.length + c.after.length) * line)) + ctx.theme.signature.space;
    addSpace(ctx, ctx.theme.space.headingBefore);
    ensureSpace(ctx, node.lead.length * line + columnsHeight);
    drawLines(ctx, node.lead);
    const top = ctx.doc.y;
    const columnWidth = ctx.width / node.columns.length;
    let bottom = top;
    node.columns.forEach((column, i) => {
      ctx.doc.y = top;
      const roomAbove = column.before.length > 0 || node.lead.length > 0;
      drawSignatureColumn({ ...ctx, x: ctx.x + i * columnWidth, width: columnWidth - 12 }, column, roomAbove);
      bottom = Math.max(bottom, ctx.doc.y);
    });
    ctx.doc.y = bottom;
    addSpace(ctx, ctx.theme.space.paragraph);
  },
  letterhead: (node, ctx) => {
    const top = ctx.doc.y;
    let logoBottom = top;
    if (node.logo) {
      const width = Math.min(node.logo.widthMm * MM, ctx.width / 3);
      logoBottom = top + drawImage(ctx, node.logo, ctx.x + ctx.width - width, top, width);
    }
    node.lines.forEach((line, i) => {
      const first = i === 0;
      const options = { size: ctx.theme.size.body + (first ? 2 : 0), bold: first, width: ctx.width * 0.65, color: first ? ctx.theme.color.accent : undefined };
      tagged(ctx, 'P', () => drawInlines(ctx, line, options));
    });
    ctx.doc.fillColor(ctx.theme.color.text);
    ctx.doc.y = Math.max(ctx.doc.y, logoBottom);
    addSpace(ctx, ctx.theme.space.headingBefore);
  },
  toc: (node, ctx) => drawToc(ctx, node),
  pageBreak: (_, ctx) => {
    ctx.doc.addPage();
  },
  // Half a point in the colour of table rules, a paragraph's space above and below; not read aloud. It
  // sets apart what follows, so it goes to the next page with its start rather than end a page.
  rule: (_, ctx) => {
    addSpace(ctx, ctx.theme.space.paragraph);
    ensureSpace(ctx, RULE_WIDTH + ctx.theme.space.paragraph + startHeight(ctx, ctx.after ?? []));
    const { doc, x, width } = ctx;
    artifact(ctx, () => doc.moveTo(x, doc.y).lineTo(x + width, doc.y).lineWidth(RULE_WIDTH).strokeColor(ctx.theme.color.rule).stroke());
    doc.y += RULE_WIDTH;
    addSpace(ctx, ctx.theme.space.paragraph);
  },
  image: (node, ctx) => {
    const width = Math.min(node.widthMm * MM, ctx.width);
    ensureSpace(ctx, imageHeight(ctx, node, width));
    const y = ctx.doc.y;
    ctx.doc.y = y + drawImage(ctx, node, ctx.x, y, width);
    addSpace(ctx, ctx.theme.space.paragraph);
  },
};
