// mdast flow content → model blocks. One handler per mdast block type, one per directive name.
import type { List, PhrasingContent, RootContent, Table } from 'mdast';
import type { Align, Block, HeadingBlock, Inline, SignatureColumn, TableBlock, TableCell } from '../model/types.js';
import { plainText, toInlines, type InlineContext } from './inline.js';
import { alignByColumnCount } from './align-tables.js';
import { keepLeadWithTable } from './lead-text.js';

export interface BlockContext extends InlineContext {
  /** How many levels headings are pushed down (inside Markdown fields below a section heading). */
  headingShift: number;
  /** Stores a footnote's content under its identifier. */
  defineFootnote(identifier: string, blocks: Block[]): void;
  /** Sets blocks at the foot of the first page (`:::erste-seite-unten`), out of the flow of the text. */
  placeAtFirstPageFoot(blocks: Block[]): void;
  /** The parsed content of Markdown field number `index` (see the `markdown` helper). */
  field(index: number): RootContent[];
}

interface DirectiveNode {
  type: 'containerDirective' | 'leafDirective';
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
  children: (RootContent | PhrasingContent)[];
}

type Handler = (node: never, ctx: BlockContext) => Block[];

export function toBlocks(nodes: readonly RootContent[], ctx: BlockContext): Block[] {
  return keepIntroductionsWithNext(mergeFields(
    nodes.flatMap((node) => {
      const handler = handlers[node.type];
      if (!handler) throw new Error(`no block handler for mdast node "${node.type}"`);
      return handler(node as never, ctx);
    }),
  ));
}

const inlines = (children: readonly PhrasingContent[], ctx: BlockContext): Inline[] => toInlines(children, ctx);

function headingLevel(depth: number, shift: number): HeadingBlock['level'] {
  return Math.min(4, Math.max(1, depth + shift)) as HeadingBlock['level'];
}

function tableCells(row: Table['children'][number], ctx: BlockContext): TableCell[] {
  return row.children.map((cell) => ({ children: inlines(cell.children, ctx) }));
}

function listBlock(node: List, ctx: BlockContext): Block[] {
  const isTaskList = node.children.length > 0 && node.children.every((item) => typeof item.checked === 'boolean');
  if (isTaskList) {
    return [
      {
        type: 'checkboxes',
        items: node.children.map((item) => ({
          checked: item.checked === true,
          children: item.children.flatMap((c) => ('children' in c && c.type === 'paragraph' ? inlines(c.children, ctx) : [])),
        })),
      },
    ];
  }
  return [
    {
      type: 'list',
      ordered: node.ordered === true,
      start: node.start ?? 1,
      items: node.children.map((item) => toBlocks(item.children, ctx)),
      ...(node.data?.numbering ? { numbering: node.data.numbering } : {}),
      ...(node.spread ? { loose: true } : {}),
    },
  ];
}

const handlers: Record<string, Handler> = {
  paragraph: (node: { children: PhrasingContent[] }, ctx) => {
    const children = inlines(node.children, ctx);
    return children.length ? [{ type: 'paragraph', children }] : [];
  },
  heading: (node: { depth: number; children: PhrasingContent[] }, ctx) => [
    { type: 'heading', level: headingLevel(node.depth, ctx.headingShift), children: inlines(node.children, ctx) },
  ],
  list: listBlock,
  table: (node: Table, ctx) => {
    const [head, ...rows] = node.children;
    // Header first: footnotes are numbered in reading order.
    const header = head ? tableCells(head, ctx) : [];
    const cells = rows.map((row) => tableCells(row, ctx));
    // A row with fewer cells than the widest (a pasted row whose last cells were empty) is filled with
    // empty cells, so every row is drawn to the table's right edge.
    const width = Math.max(header.length, ...cells.map((row) => row.length));
    for (const row of [header, ...cells]) while (row.length < width) row.push({ children: [] });
    const groupHeads = titleRows(cells);
    return [
      {
        type: 'table',
        align: (node.align ?? []).map((a): Align => a ?? 'left'),
        header,
        rows: cells,
        ...(groupHeads.length ? { groupHeads } : {}),
      },
    ];
  },
  // A heading inside a quote titles the quoted text (a law's „§ 8a Schutzauftrag“), not a part of the
  // document: it is a bold line, outside the outline and the table of contents.
  blockquote: (node: { children: RootContent[] }, ctx) => [
    { type: 'quote', children: toBlocks(node.children, ctx).map((block) => (block.type === 'heading' ? boldLine(block.children) : block)) },
  ],
  // A line indented by four spaces or a tab (pasted from Word) is a code block to Markdown; it prints as a
  // paragraph, and tabs left in it as spaces (no font has a glyph for a tab).
  code: (node: { value: string }) => [{ type: 'paragraph', children: [{ type: 'text', value: node.value.replace(/\t/g, ' ') }] }],
  html: (node: { value: string }) => [{ type: 'paragraph', children: [{ type: 'text', value: node.value }] }],
  thematicBreak: () => [{ type: 'rule' }],
  definition: () => [],
  footnoteDefinition: (node: { identifier: string; children: RootContent[] }, ctx) => {
    ctx.defineFootnote(node.identifier, toBlocks(node.children, ctx));
    return [];
  },
  containerDirective: (node: DirectiveNode, ctx) => directive(node, ctx),
  leafDirective: (node: DirectiveNode, ctx) => directive(node, ctx),
};

type DirectiveHandler = (node: DirectiveNode, ctx: BlockContext) => Block[];

const childBlocks = (node: DirectiveNode, ctx: BlockContext) => toBlocks(node.children as RootContent[], ctx);
const childInlines = (node: DirectiveNode, ctx: BlockContext) => inlines(node.children as PhrasingContent[], ctx);

/** A title from `::titel[…]` (one line) or `:::betreff` (paragraphs, lines kept by hard breaks). */
function titleInlines(node: DirectiveNode, ctx: BlockContext): Inline[] {
  if (node.type === 'leafDirective') return childInlines(node, ctx);
  return childBlocks(node, ctx).flatMap((block, i): Inline[] =>
    block.type === 'paragraph' ? [...(i > 0 ? [{ type: 'break' as const }] : []), ...block.children] : [],
  );
}

/** Splits paragraphs' inlines at hard breaks into lines. */
function linesOf(blocks: Block[]): Inline[][] {
  return blocks.flatMap((block) => {
    if (block.type !== 'paragraph') return [];
    const lines: Inline[][] = [[]];
    for (const inline of block.children) {
      if (inline.type === 'break') lines.push([]);
      else lines[lines.length - 1]!.push(inline);
    }
    return lines;
  });
}

/**
 * A signature column: paragraphs before a `---` stand above the signing line, those after it below.
 * Without `---` (signed „gez.“), the last paragraph goes below a blank space and no line is drawn.
 */
function signatureColumn(node: DirectiveNode, ctx: BlockContext): SignatureColumn {
  const children = node.children as RootContent[];
  const rule = children.findIndex((c) => c.type === 'thematicBreak');
  if (rule >= 0) {
    return {
      before: linesOf(toBlocks(children.slice(0, rule), ctx)),
      after: linesOf(toBlocks(children.slice(rule + 1), ctx)),
      signLine: true,
    };
  }
  const paragraphs = toBlocks(children, ctx);
  return { before: linesOf(paragraphs.slice(0, -1)), after: linesOf(paragraphs.slice(-1)), signLine: false };
}

const isDirective = (name: string) => (c: RootContent | PhrasingContent): c is RootContent & DirectiveNode =>
  c.type === 'containerDirective' && (c as DirectiveNode).name === name;

const directives: Record<string, DirectiveHandler> = {
  titel: (node, ctx) => [{ type: 'title', role: 'art', children: titleInlines(node, ctx) }],
  betreff: (node, ctx) => [{ type: 'title', role: 'betreff', children: titleInlines(node, ctx) }],
  feld: (node, ctx) => [{ type: 'fields', items: [{ label: node.attributes?.label ?? '', value: childInlines(node, ctx) }] }],
  // A Markdown field: its headings sit one level below the section heading. (A user's text has no
  // directives but :sprache, so a field cannot pull in another.)
  feldref: (node, ctx) => toBlocks(ctx.field(Number(node.attributes?.n)), { ...ctx, headingShift: ctx.headingShift + 1 }),
  seitenumbruch: () => [{ type: 'pageBreak' }],
  // A form's box that sits at the foot of the first page whatever the text's length (Gladbeck's Mitzeichnungen).
  'erste-seite-unten': (node, ctx) => {
    ctx.placeAtFirstPageFoot(childBlocks(node, ctx));
    return [];
  },
  tabellen: (node, ctx) => alignByColumnCount(childBlocks(node, ctx)),
  finanztabelle: financeTable,
  inhaltsverzeichnis: (node) => [
    { type: 'toc', title: node.attributes?.titel ?? 'Inhalt', maxLevel: Math.min(4, Math.max(1, Number(node.attributes?.tiefe ?? 3))) },
  ],
  // With `:::spalte` columns, what stands before them is the place and date line above all columns.
  unterschrift: (node, ctx) => {
    const columns = node.children.filter(isDirective('spalte'));
    if (!columns.length) return [{ type: 'signature', lead: [], columns: [signatureColumn(node, ctx)] }];
    const lead = node.children.slice(0, node.children.indexOf(columns[0]!)) as RootContent[];
    return [{ type: 'signature', lead: linesOf(toBlocks(lead, ctx)), columns: columns.map((c) => signatureColumn(c, ctx)) }];
  },
  briefkopf: (node, ctx) => {
    const src = node.attributes?.logo;
    const logo = src
      ? { src, alt: node.attributes?.alt ?? '', widthMm: Number(node.attributes?.breite ?? 18) }
      : undefined;
    return [{ type: 'letterhead', lines: linesOf(childBlocks(node, ctx)), ...(logo ? { logo } : {}) }];
  },
};

/**
 * `:::finanztabelle`: a finance table (the template's own table, not one inside a Markdown field) with the
 * title and lead text above it, which stay with its start, and the note below it, which stays with its end.
 */
function financeTable(node: DirectiveNode, ctx: BlockContext): Block[] {
  const children = node.children as RootContent[];
  const at = children.findIndex((c) => c.type === 'table');
  if (at < 0) return childBlocks(node, ctx);
  const note = toBlocks(children.slice(at + 1), ctx);
  const groupHeads = rowNumbers(node.attributes?.gruppen);
  const table = toBlocks([children[at]!], ctx).map((block) =>
    block.type === 'table' ? { ...block, ...(note.length ? { keepWithNext: true } : {}), ...(groupHeads.length ? { groupHeads } : {}) } : block,
  );
  return [...keepLeadWithTable(toBlocks(children.slice(0, at), ctx)), ...table, ...note];
}

/** „0 4 7“ → [0, 4, 7]; anything else is ignored. */
const rowNumbers = (list: string | null | undefined): number[] =>
  (list ?? '').split(/\s+/).filter((n) => /^\d+$/.test(n)).map(Number);

function directive(node: DirectiveNode, ctx: BlockContext): Block[] {
  const handler = directives[node.name];
  return handler ? handler(node, ctx) : literalDirective(node, ctx);
}

/** A directive the template uses only to group its content (:::partner): the content, as if unmarked. */
function literalDirective(node: DirectiveNode, ctx: BlockContext): Block[] {
  if (node.type === 'containerDirective') return childBlocks(node, ctx);
  return [{ type: 'paragraph', children: [{ type: 'text', value: `::${node.name}` }, ...childInlines(node, ctx)] }];
}

const INTRODUCED: ReadonlySet<Block['type']> = new Set(['table', 'list', 'fields', 'quote']);

const boldLine = (children: Inline[]): Block => ({ type: 'paragraph', keepWithNext: true, children: [{ type: 'strong', children }] });

const blank = (inline: Inline) => inline.type === 'text' && inline.value.trim() === '';

/** Bold text only („**Ergebnisrechnung**“). */
const boldOnly = (children: readonly Inline[]) => children.some((c) => c.type === 'strong') && children.every((c) => c.type === 'strong' || blank(c));

/** A paragraph of bold text only titles what follows it, as a heading would. */
const isBoldLine = (block: Block) => block.type === 'paragraph' && boldOnly(block.children);

/**
 * The rows of a table that title the rows below them: bold text in the first cell and nothing in the
 * others („| **Sachkosten** | |“). Not the last row, which titles nothing.
 */
function titleRows(rows: readonly TableCell[][]): number[] {
  const isTitle = (cells: TableCell[]) => boldOnly(cells[0]?.children ?? []) && cells.slice(1).every((cell) => cell.children.every(blank));
  return rows.flatMap((cells, i) => (i < rows.length - 1 && isTitle(cells) ? [i] : []));
}

/**
 * A paragraph that ends with a colon before a table or list introduces it, a paragraph before check boxes
 * is the sentence they complete („In der Sitzung des ☐ Rates“), and a bold line titles the block after
 * it: all stay with that block (on its page in the PDF, „keep with next“ in Word).
 */
function keepIntroductionsWithNext(blocks: Block[]): Block[] {
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    if (block.type !== 'paragraph' || !next) return block;
    const endsWithColon = plainText(block.children).trimEnd().endsWith(':');
    const introduces = next.type === 'checkboxes' || (INTRODUCED.has(next.type) && endsWithColon);
    return introduces || isBoldLine(block) ? { ...block, keepWithNext: true } : block;
  });
}

/** Consecutive `::feld` lines form one fields block. */
function mergeFields(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (block.type === 'fields' && last?.type === 'fields') {
      out[out.length - 1] = { type: 'fields', items: [...last.items, ...block.items] };
    } else {
      out.push(block);
    }
  }
  return out;
}
