// DOCX handlers: one per model node type. Each block handler returns Word paragraphs and tables.
import { readFileSync } from 'node:fs';
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Align, Handlers, ImageRef, Inline, InlineHandlers, SignatureColumn, TableCell as ModelCell } from '../../model/types.js';
import { tableLayout } from '../shared/table-layout.js';
import { keepsWhole, ROWS_KEPT_WITH_NEXT } from '../shared/table-keeping.js';
import { estimatedTableHeight } from '../shared/table-height.js';
import { imageSize } from '../shared/image-size.js';
import { headingStyle, type Theme } from '../shared/theme.js';
import { labelColumn } from '../shared/lists.js';
import { wordListLevel, halfPoints, hex, NUMBERING, orderedNumbering, SINGLE_SPACING, STYLE, twips } from './styles.js';

export interface DocxContext {
  theme: Theme;
  /** Nesting depth of lists (0 = not in a list). */
  listDepth: number;
  /** How far the lists and quotes around the block indent its text, in pt (0 = at the margin). */
  indent: number;
  /** Running number of ordered lists, so each one counts from its own start. */
  nextListInstance: () => number;
  /** Type of the block drawn just before (see SPACE_BELOW). */
  previous?: string;
}

interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  style?: string;
  color?: string;
  size?: number;
  /** Language of words that are not in the document's language (w:lang). */
  language?: { value: string };
}

type Element = Paragraph | Table | TableOfContents;

const inlineHandlers: InlineHandlers<RunFormat, ParagraphChild[]> = {
  text: (node, fmt) => [new TextRun({ text: node.value, ...fmt })],
  strong: (node, fmt) => runs(node.children, { ...fmt, bold: true }),
  emphasis: (node, fmt) => runs(node.children, { ...fmt, italics: true }),
  deleted: (node, fmt) => runs(node.children, { ...fmt, strike: true }),
  link: (node, fmt) => [
    new ExternalHyperlink({ link: node.url, children: runs(node.children, { ...fmt, style: 'Hyperlink' }) }),
  ],
  language: (node, fmt) => runs(node.children, { ...fmt, language: { value: node.lang } }),
  footnoteRef: (node) => [new FootnoteReferenceRun(node.number)],
  break: () => [new TextRun({ break: 1 })],
};

export function runs(inlines: readonly Inline[], fmt: RunFormat = {}): ParagraphChild[] {
  return inlines.flatMap((inline) => inlineHandlers[inline.type](inline as never, fmt));
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

/** Office's font with the ballot boxes ☐ ☒ (Arial has none). */
const SYMBOL_FONT = 'Segoe UI Symbol';

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

/** Room between a table cell's border and its text (twips): 4 pt on every side, as the PDF's cellPadding. */
const CELL_MARGIN = { top: 80, bottom: 80, left: 80, right: 80 };

function cell(children: Paragraph[], widthPct: number, shading?: string): TableCell {
  return new TableCell({
    children,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    shading: shading ? { type: ShadingType.CLEAR, fill: hex(shading), color: 'auto' } : undefined,
    margins: CELL_MARGIN,
  });
}

/**
 * A table across the text width, or from the indent of the lists and quotes around it (pt) to the right
 * margin, as in the PDF. A borderless one (letterhead, signatures, label/value fields) reaches into the
 * margins by its cells' padding, so its text lines up with the paragraphs above and below.
 */
function gridTable(rows: TableRow[], fractions: number[], theme: Theme, borders?: typeof NO_BORDERS, indent = 0): Table {
  const width = twips(theme.contentWidth - indent) + (borders ? CELL_MARGIN.left + CELL_MARGIN.right : 0);
  const shift = twips(indent) - (borders ? CELL_MARGIN.left : 0);
  return new Table({
    rows,
    width: borders || indent ? { size: width, type: WidthType.DXA } : { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: fractions.map((f) => Math.round(f * width)),
    indent: shift ? { size: shift, type: WidthType.DXA } : undefined,
    borders,
  });
}

/** One table row; `keepWithNext` holds it on the page of the row below (Word's way to keep a table whole). */
function tableRow(cells: ModelCell[], fractions: number[], align: Align[], header: boolean, theme: Theme, size: number, keepWithNext = false): TableRow {
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: fractions.map((f, i) =>
      cell(
        [
          new Paragraph({
            alignment: ALIGN[align[i] ?? 'left'],
            spacing: { after: 0 },
            keepNext: keepWithNext || undefined,
            children: runs(cells[i]?.children ?? [], { bold: header, size: size === theme.size.body ? undefined : halfPoints(size) }),
          }),
        ],
        f * 100,
        header ? theme.color.tableHeader : undefined,
      ),
    ),
  });
}

/** Lines of a signature block above the room to sign, after a heading's space. */
function signatureLines(lines: Inline[][], theme: Theme): Paragraph[] {
  return lines.map(
    (line, i) =>
      new Paragraph({ style: STYLE.signature, spacing: i === 0 ? { before: twips(theme.space.headingBefore) } : undefined, children: runs(line) }),
  );
}

/**
 * A signature column: lines above, room to sign (with a line unless signed „gez.“), name and function below.
 * `width` is the room the column has (twips); the line is as long as the theme asks, or as that room.
 */
function signatureParagraphs(column: SignatureColumn, theme: Theme, width = twips(theme.contentWidth), roomAbove = column.before.length > 0): Paragraph[] {
  const lineWidth = twips(theme.signature.lineWidth);
  const before = signatureLines(column.before, theme);
  const after = column.after.map(
    (line, i) =>
      new Paragraph({
        style: STYLE.signature,
        spacing: i === 0 ? { before: twips(roomAbove ? theme.signature.space : theme.space.headingBefore) } : undefined,
        border:
          i === 0 && column.signLine
            ? { top: { style: BorderStyle.SINGLE, size: 4, color: hex(theme.color.text), space: 2 } }
            : undefined,
        indent: i === 0 && column.signLine ? { right: Math.max(0, width - lineWidth) } : undefined,
        children: runs(line),
      }),
  );
  return [...before, ...after];
}

function imageRun(ref: ImageRef): ImageRun {
  const data = readFileSync(ref.src);
  const size = imageSize(data) ?? { width: 1, height: 1 };
  const widthPx = (ref.widthMm / 25.4) * 96;
  return new ImageRun({
    type: ref.src.toLowerCase().endsWith('.png') ? 'png' : 'jpg',
    data,
    transformation: { width: widthPx, height: (widthPx * size.height) / size.width },
    altText: { name: ref.alt, title: ref.alt, description: ref.alt },
  });
}

/**
 * The space a block keeps below itself where Word cannot: a table has no paragraph spacing, list
 * items and the lines of a signature stand close together. The paragraph after it takes that space above itself instead (as the PDF's).
 */
const SPACE_BELOW: Partial<Record<string, (theme: Theme) => number>> = {
  table: (theme) => theme.space.belowTable,
  list: (theme) => theme.space.paragraph,
  signature: (theme) => theme.space.paragraph,
};

/** The left indent of text in the lists and quotes around it. */
function leftIndent(ctx: DocxContext): { left: number } | undefined {
  return ctx.indent > 0 ? { left: twips(ctx.indent) } : undefined;
}

/** Paragraph spacing, none at all when nothing is set (Word's defaults apply). */
const spacing = (set: { before?: number; after?: number }) => (Object.keys(set).length ? set : undefined);

function spaceAfterPrevious(ctx: DocxContext): { before: number } | undefined {
  const below = ctx.listDepth === 0 && ctx.previous ? SPACE_BELOW[ctx.previous] : undefined;
  return below ? { before: twips(below(ctx.theme)) } : undefined;
}

export const blockHandlers: Handlers<DocxContext, Element[]> = {
  title: (node) => [
    node.role === 'art'
      ? new Paragraph({ heading: HeadingLevel.TITLE, children: runs(node.children) })
      : new Paragraph({ style: STYLE.betreff, children: runs(node.children) }),
  ],
  fields: (node, ctx) => {
    const fractions = [0.3, 0.7];
    const rows = node.items.map(
      (item) =>
        new TableRow({
          children: [
            cell([new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: item.label, bold: true })] })], 30),
            cell([new Paragraph({ spacing: { after: 0 }, children: runs(item.value) })], 70),
          ],
        }),
    );
    return [gridTable(rows, fractions, ctx.theme, NO_BORDERS)];
  },
  heading: (node) => [
    new Paragraph({
      heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][node.level - 1],
      children: runs(node.children),
    }),
  ],
  paragraph: (node, ctx) => [
    new Paragraph({
      spacing: spaceAfterPrevious(ctx),
      keepNext: node.keepWithNext,
      children: runs(node.children),
      indent: leftIndent(ctx),
    }),
  ],
  list: (node, ctx) => {
    const level = wordListLevel(ctx.listDepth);
    const numbering = node.ordered
      ? { reference: orderedNumbering(ctx.theme, level, node.start, node.numbering), level, instance: ctx.nextListInstance() }
      : { reference: NUMBERING.bullet, level };
    const column = labelColumn(node, ctx.listDepth, ctx.theme);
    const inner: DocxContext = { ...ctx, listDepth: ctx.listDepth + 1, indent: ctx.indent + column };
    // The numbering's own indent (see levelIndent) holds a list at the margin or in lists like it; one in a
    // quote, in a list with wider labels or with wider labels itself says where its labels and text stand.
    const { listIndent } = ctx.theme.space;
    const ownIndent = inner.indent !== listIndent * (level + 1) || column !== listIndent;
    const indent = ownIndent ? { left: twips(inner.indent), hanging: twips(column) } : undefined;
    return node.items.flatMap((item, itemIndex) =>
      item.flatMap((block, index) => {
        if (index === 0 && block.type === 'paragraph') {
          const { listItem, paragraph } = ctx.theme.space;
          const apart = node.loose && itemIndex > 0 ? { before: twips(paragraph - listItem) } : {};
          const spacing = { after: twips(listItem), ...apart, ...(itemIndex === 0 ? spaceAfterPrevious(ctx) : {}) };
          return [new Paragraph({ numbering, indent, children: runs(block.children), spacing })];
        }
        return blockHandlers[block.type](block as never, inner);
      }),
    );
  },
  quote: (node, ctx) => {
    const inner: DocxContext = { ...ctx, indent: ctx.indent + ctx.theme.space.quoteIndent };
    return node.children.flatMap((block, i) => blockHandlers[block.type](block as never, { ...inner, previous: i ? node.children[i - 1]!.type : ctx.previous }));
  },
  table: (node, ctx) => {
    const layout = tableLayout(node, ctx.theme, ctx.theme.contentWidth - ctx.indent);
    const { fractions, size } = layout;
    // Kept whole as the PDF keeps it: a short table; a longer one breaks, its header row kept with the first row.
    const keep = keepsWhole(node.rows.length, estimatedTableHeight(node, ctx.theme, layout), ctx.theme);
    // The last rows stay together (a total never alone on a page, as in the PDF); those of a table kept with
    // its note go to the note's page with the paragraph after the table.
    const lastRows = node.rows.length - ROWS_KEPT_WITH_NEXT;
    const keptWithNext = (i: number) =>
      (i > 0 && (node.keepWithNext === true ? i >= lastRows : i === lastRows)) || node.groupHeads?.includes(i) === true;
    const rows = [
      tableRow(node.header, fractions, node.align, true, ctx.theme, size, true),
      ...node.rows.map((r, i) => tableRow(r, fractions, node.align, false, ctx.theme, size, (keep && i < node.rows.length - 1) || keptWithNext(i))),
    ];
    return [gridTable(rows, fractions, ctx.theme, undefined, ctx.indent)];
  },
  // Box under box, as in the PDF: only the last line keeps the paragraph's space below.
  checkboxes: (node, ctx) =>
    node.items.map(
      (item, i) =>
        new Paragraph({
          spacing: spacing({ ...(i < node.items.length - 1 ? { after: 0 } : {}), ...(i === 0 ? spaceAfterPrevious(ctx) : {}) }),
          indent: leftIndent(ctx),
          children: [new TextRun({ text: item.checked ? '☒' : '☐', font: SYMBOL_FONT }), new TextRun(' '), ...runs(item.children)],
        }),
    ),
  // The signature style keeps each paragraph with the next, so the place and date line stays with the
  // columns below it.
  signature: (node, ctx) => {
    const lead = signatureLines(node.lead, ctx.theme);
    const roomAbove = (column: SignatureColumn) => column.before.length > 0 || lead.length > 0;
    if (node.columns.length === 1) {
      const only = node.columns[0]!;
      return [...lead, ...signatureParagraphs(only, ctx.theme, twips(ctx.theme.contentWidth), roomAbove(only))];
    }
    const share = 1 / node.columns.length;
    const columnWidth = twips(ctx.theme.contentWidth) * share - CELL_MARGIN.left - CELL_MARGIN.right;
    const row = new TableRow({
      cantSplit: true,
      children: node.columns.map((col) => cell(signatureParagraphs(col, ctx.theme, columnWidth, roomAbove(col)), share * 100)),
    });
    return [...lead, gridTable([row], node.columns.map(() => share), ctx.theme, NO_BORDERS)];
  },
  letterhead: (node, ctx) => {
    const lines = node.lines.map(
      (line, i) =>
        new Paragraph({
          spacing: { after: 0 },
          children: runs(line, i === 0 ? { bold: true, color: hex(ctx.theme.color.accent), size: halfPoints(ctx.theme.size.body + 2) } : {}),
        }),
    );
    if (!node.logo) return lines;
    const logo = new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { after: 0, ...SINGLE_SPACING },
      children: [imageRun(node.logo)],
    });
    const row = new TableRow({ children: [cell(lines, 70), cell([logo], 30)] });
    return [gridTable([row], [0.7, 0.3], ctx.theme, NO_BORDERS)];
  },
  // Word fills the table from the heading styles; docx writes its entries (with estimated page numbers)
  // so it reads right before Word updates the field.
  toc: (node, ctx) => [
    new Paragraph({ children: [new TextRun({ text: node.title, bold: true, size: halfPoints(headingStyle(ctx.theme, 1).size) })], spacing: { after: twips(ctx.theme.space.headingAfter * 2) } }),
    new TableOfContents(node.title, { hyperlink: true, headingStyleRange: `1-${node.maxLevel}` }),
  ],
  pageBreak: () => [new Paragraph({ children: [new PageBreak()] })],
  // An empty paragraph one point high with its bottom border as the line, a paragraph's space above and
  // below, kept with what follows, as in the PDF.
  rule: (_, ctx) => [
    new Paragraph({
      keepNext: true,
      spacing: { before: twips(ctx.theme.space.paragraph), after: twips(ctx.theme.space.paragraph), line: twips(1), lineRule: LineRuleType.EXACT },
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: hex(ctx.theme.color.rule), space: 0 } },
    }),
  ],
  image: (node, ctx) => [
    new Paragraph({ children: [imageRun(node)], spacing: { after: twips(ctx.theme.space.paragraph), ...SINGLE_SPACING } }),
  ],
};
