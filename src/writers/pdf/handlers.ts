// PDF handlers: one per model node type; each draws at doc.y within ctx.x/ctx.width and tags what it draws.
import { readFileSync } from 'node:fs';
import type { Block, Handlers, Inline } from '../../model/types.js';
import { columnFractions } from '../shared/table-layout.js';
import { imageSize } from '../shared/image-size.js';
import { ensureSpace, FONT, group, lineGap, tagged, type PdfContext } from './context.js';
import { drawInlines } from './inline.js';
import { drawGrid } from './table.js';

const MM = 72 / 25.4;

export function drawBlocks(blocks: readonly Block[], ctx: PdfContext): void {
  for (const block of blocks) blockHandlers[block.type](block as never, ctx);
}

function space(ctx: PdfContext, points: number): void {
  ctx.doc.y += points;
}

function paragraph(ctx: PdfContext, children: Inline[], size: number, bold = false, tag = 'P'): void {
  ensureSpace(ctx, size * ctx.theme.lineHeight * 2);
  tagged(ctx, tag, () => drawInlines(ctx, children, { size, bold }));
}

function listLabel(ordered: boolean, number: number, depth: number): string {
  if (!ordered) return ['•', '–', '◦', '▪'][depth % 4]!;
  if (depth % 3 === 1) return `${String.fromCharCode(96 + ((number - 1) % 26) + 1)})`;
  return `${number}.`;
}

export const blockHandlers: Handlers<PdfContext, void> = {
  title: (node, ctx) => {
    const size = node.role === 'art' ? ctx.theme.size.art : ctx.theme.size.betreff;
    if (node.role === 'betreff') space(ctx, ctx.theme.space.headingBefore);
    paragraph(ctx, node.children, size, true);
    space(ctx, node.role === 'betreff' ? ctx.theme.space.headingBefore : ctx.theme.space.paragraph);
  },
  fields: (node, ctx) => {
    drawGrid(ctx, {
      rows: node.items.map((item) => [{ children: [{ type: 'text', value: item.label }] }, { children: item.value }]),
      fractions: [0.3, 0.7],
      align: ['left', 'left'],
      ruled: false,
      rowHeaders: true,
    });
    space(ctx, ctx.theme.space.paragraph);
  },
  heading: (node, ctx) => {
    const size = ctx.theme.size.heading[node.level - 1]!;
    space(ctx, ctx.theme.space.headingBefore);
    // Keep a heading with at least three lines of what follows.
    ensureSpace(ctx, size * 1.4 + ctx.theme.size.body * ctx.theme.lineHeight * 3);
    tagged(ctx, `H${node.level}`, () => drawInlines(ctx, node.children, { size, bold: true }));
    space(ctx, ctx.theme.space.headingAfter);
  },
  paragraph: (node, ctx) => {
    paragraph(ctx, node.children, ctx.theme.size.body);
    space(ctx, ctx.listDepth > 0 ? 2 : ctx.theme.space.paragraph);
  },
  list: (node, ctx) => {
    const indent = ctx.theme.space.listIndent;
    const size = ctx.theme.size.body;
    group(ctx, 'L', (list) => {
      node.items.forEach((item, index) => {
        group({ ...ctx, parent: list }, 'LI', (li) => {
          ensureSpace(ctx, size * ctx.theme.lineHeight * 2);
          const y = ctx.doc.y;
          const label = listLabel(node.ordered, node.start + index, ctx.listDepth);
          tagged(ctx, 'Lbl', () => drawInlines(ctx, [{ type: 'text', value: label }], { size, x: ctx.x, width: indent, noWrap: true }), li);
          ctx.doc.y = y;
          const body = { ...ctx, x: ctx.x + indent, width: ctx.width - indent, listDepth: ctx.listDepth + 1 };
          group({ ...body, parent: li }, 'LBody', (lbody) => drawBlocks(item, { ...body, parent: lbody }));
        });
      });
    });
    if (ctx.listDepth === 0) space(ctx, ctx.theme.space.paragraph);
  },
  table: (node, ctx) => {
    drawGrid(ctx, {
      header: node.header,
      rows: node.rows,
      fractions: columnFractions(node.header, node.rows),
      align: node.align,
      ruled: true,
    });
    space(ctx, ctx.theme.space.paragraph * 1.5);
  },
  checkboxes: (node, ctx) => {
    const size = ctx.theme.size.body;
    group(ctx, 'L', (list) => {
      for (const item of node.items) {
        group({ ...ctx, parent: list }, 'LI', (li) => {
          const y = ctx.doc.y;
          tagged(ctx, 'Lbl', () => {
            ctx.doc.font(FONT.regular).fontSize(size);
            ctx.doc.text(item.checked ? '☒' : '☐', ctx.x, y, { lineBreak: false });
          }, li);
          ctx.doc.y = y;
          tagged(ctx, 'LBody', () => drawInlines(ctx, item.children, { size, x: ctx.x + size * 1.5, width: ctx.width - size * 1.5 }), li);
        });
      }
    });
    space(ctx, ctx.theme.space.paragraph);
  },
  signature: (node, ctx) => {
    const size = ctx.theme.size.body;
    const lineHeight = size * ctx.theme.lineHeight + lineGap(ctx.theme, size);
    const rows = Math.max(...node.columns.map((c) => c.lines.length));
    space(ctx, ctx.theme.space.headingBefore);
    ensureSpace(ctx, rows * lineHeight + ctx.theme.space.headingBefore);
    const top = ctx.doc.y;
    const columnWidth = ctx.width / node.columns.length;
    let bottom = top;
    node.columns.forEach((column, i) => {
      ctx.doc.y = top;
      const x = ctx.x + i * columnWidth;
      column.lines.forEach((line, j) => {
        if (j === 1) space(ctx, ctx.theme.space.headingBefore);
        tagged(ctx, 'P', () => drawInlines(ctx, line, { size, x, width: columnWidth - 12 }));
      });
      bottom = Math.max(bottom, ctx.doc.y);
    });
    ctx.doc.y = bottom;
    space(ctx, ctx.theme.space.paragraph);
  },
  pageBreak: (_, ctx) => {
    ctx.doc.addPage();
  },
  image: (node, ctx) => {
    const data = readFileSync(node.src);
    const size = imageSize(data) ?? { width: 1, height: 1 };
    const width = Math.min(node.widthMm * MM, ctx.width);
    const height = (width * size.height) / size.width;
    ensureSpace(ctx, height);
    const y = ctx.doc.y;
    tagged(ctx, 'Figure', () => ctx.doc.image(data, ctx.x, y, { width, height }), ctx.parent, { alt: node.alt });
    ctx.doc.y = y + height + ctx.theme.space.paragraph;
  },
};
