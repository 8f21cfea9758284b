// DOCX writer: document setup (styles, numbering, footer, metadata, footnotes) around the block handlers.
import { BorderStyle, Document, Footer, Header, LineRuleType, Packer, PageNumber, Paragraph, Table, TableOfContents, TabStopType, TextRun } from 'docx';
import type { Block, DocumentModel, TocBlock } from '../../model/types.js';
import { tocPageEstimator } from './toc-pages.js';
import type { Theme } from '../shared/theme.js';
import { blockHandlers, runs, type DocxContext } from './handlers.js';
import { stabilizeDocx, type Parts } from './package-zip.js';
import './prep-for-xml.js';
import { docxNumbering, docxStyles, halfPoints, hex, STYLE, twips } from './styles.js';

function body(blocks: readonly Block[], ctx: DocxContext) {
  const elements = blocks.flatMap((block, i) => blockHandlers[block.type](block as never, { ...ctx, previous: blocks[i - 1]?.type }));
  return separateTables(elements);
}

/** Word merges tables that touch; a small paragraph between two keeps them apart (and is the only way). */
type BodyElement = Paragraph | Table | TableOfContents;

function separateTables(elements: BodyElement[]): BodyElement[] {
  return elements.flatMap((element, i): BodyElement[] =>
    element instanceof Table && elements[i - 1] instanceof Table
      ? [new Paragraph({ spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [] }), element]
      : [element],
  );
}

/** The page footer: the house's footer text and „Seite X von Y“; on the first page below its foot, if any. */
function footer(theme: Theme, foot: BodyElement[] = []): Footer {
  const width = theme.page.width - theme.margin.left - theme.margin.right;
  return new Footer({
    children: [
      ...(foot as (Paragraph | Table)[]),
      new Paragraph({
        // Below a foot, the footer line keeps the distance it has from the foot in the PDF.
        spacing: foot.length ? { before: twips(theme.margin.bottom / 2 - theme.size.small) } : undefined,
        tabStops: [{ type: TabStopType.RIGHT, position: twips(width) }],
        children: [
          new TextRun({ text: theme.footerText, size: halfPoints(theme.size.small) }),
          new TextRun({
            size: halfPoints(theme.size.small),
            children: ['\tSeite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/**
 * A note's paragraphs in Word's footnote text style. Word puts the note's number before the first one;
 * a space keeps it off the text („¹ Das Jugendamt …“, as in the PDF).
 */
function footnoteParagraphs(blocks: readonly Block[]): Paragraph[] {
  const paragraphs = blocks.flatMap((block) => (block.type === 'paragraph' ? [block] : []));
  return paragraphs.map(
    (block, i) => new Paragraph({ style: STYLE.footnote, children: [...(i === 0 ? [new TextRun(' ')] : []), ...runs(block.children)] }),
  );
}

/** docx's compiler gives the package parts before zipping; we zip them once, byte-stable. */
const compiler = (Packer as unknown as { compiler: { compile(doc: Document, prettify: undefined, overrides: []): Parts } }).compiler;

/** The running header shows from page 2 on; the first page has the letterhead instead. */
function headers(text: string | undefined, theme: Theme) {
  if (!text) return undefined;
  const small = halfPoints(theme.size.small);
  return {
    default: new Header({
      children: [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 2, color: hex(theme.color.rule), space: 2 } },
          children: [new TextRun({ text, size: small })],
        }),
      ],
    }),
  };
}

export async function renderDocx(model: DocumentModel, theme: Theme): Promise<Buffer> {
  const toc = model.blocks.find((b): b is TocBlock => b.type === 'toc');
  let listInstance = 0;
  const ctx: DocxContext = { theme, listDepth: 0, indent: 0, nextListInstance: () => ++listInstance };
  // Word keeps a footer clear of the text by growing the page's bottom margin: the foot stays at the foot.
  const firstPageFoot = body(model.firstPageFoot ?? [], ctx);
  const footnotes = Object.fromEntries(model.footnotes.map((note) => [String(note.number), { children: footnoteParagraphs(note.children) }]));
  const doc = new Document({
    title: model.meta.title,
    subject: model.meta.subject,
    creator: model.meta.author,
    lastModifiedBy: model.meta.author,
    revision: 1,
    styles: docxStyles(theme),
    numbering: docxNumbering(theme),
    footnotes,
    // The page numbers come from our PDF layout; Word may set the pages differently, so it is asked to
    // refresh the fields (the table of contents) when the document is opened.
    ...(toc ? { pageNumbers: await tocPageEstimator(model, theme, toc.maxLevel), features: { updateFields: true } } : {}),
    sections: [
      {
        properties: {
          // The first page has its own header (none: the letterhead stands there) and footer (with its foot).
          titlePage: model.meta.runningHeader !== undefined || firstPageFoot.length > 0,
          page: {
            size: { width: twips(theme.page.width), height: twips(theme.page.height) },
            margin: {
              top: twips(theme.margin.top),
              bottom: twips(theme.margin.bottom),
              left: twips(theme.margin.left),
              right: twips(theme.margin.right),
              footer: twips(theme.margin.bottom / 2),
              header: twips(theme.margin.top / 2),
            },
          },
        },
        headers: headers(model.meta.runningHeader, theme),
        footers: { default: footer(theme), first: footer(theme, firstPageFoot) },
        children: body(model.blocks, ctx),
      },
    ],
  });
  return stabilizeDocx(compiler.compile(doc, undefined, []), model.meta.created);
}
