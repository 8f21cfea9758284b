// The closed document model. Writers read only this tree and the house style.
// See README.md next to this file for what each node means.

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  /** Struck-out words (~~…~~), as a changed Satzung shows what is deleted. */
  | { type: 'deleted'; children: Inline[] }
  | { type: 'link'; url: string; children: Inline[] }
  /** Words in another language than the document's (BCP 47 tag, e.g. „en“, „fr-BE“). */
  | { type: 'language'; lang: string; children: Inline[] }
  | { type: 'footnoteRef'; number: number }
  | { type: 'break' };

export type Align = 'left' | 'center' | 'right';

export interface TableCell {
  children: Inline[];
}

export interface TitleBlock {
  type: 'title';
  /** 'art' is the document kind („Beschlussvorlage“), 'betreff' the subject line. */
  role: 'art' | 'betreff';
  children: Inline[];
}

export interface FieldsBlock {
  type: 'fields';
  items: { label: string; value: Inline[] }[];
}

export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3 | 4;
  children: Inline[];
}

export interface ParagraphBlock {
  type: 'paragraph';
  children: Inline[];
  /** Introduces or titles the next block („… wie folgt veranschlagt:“, a bold line): never the last line of a page before it. */
  keepWithNext?: boolean;
}

/**
 * How an ordered list labels its items when its writer chose the form: the counter, and where it stands
 * in the label (`%`): „a)“ is lowerLetter with '%)', „(1)“ decimal with '(%)', „A.“ upperLetter with '%.'.
 */
export interface ListNumbering {
  counter: 'decimal' | 'lowerLetter' | 'upperLetter';
  pattern: '%.' | '%)' | '(%)';
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  start: number;
  items: Block[][];
  /** The labels as written; without it, ordered lists count by depth (1., then a), then 1. …). */
  numbering?: ListNumbering;  /** Its items stand apart as paragraphs do (the text has blank lines between them); else they follow closely. */
  loose?: boolean;
}

/** Quoted text set apart („> § 8a Abs. 1 SGB VIII lautet …“): indented, a BlockQuote to screen readers. */
export interface QuoteBlock {
  type: 'quote';
  children: Block[];
}

export interface TableBlock {
  type: 'table';
  align: Align[];
  header: TableCell[];
  rows: TableCell[][];
  /**
   * Tables set above and below this one with as many columns (a plan's Ertrag, Aufwand, Einzahlung …),
   * or with the same heads (a report's „Datum | Aktivität“ per theme): their cells count for this
   * table's column widths too, so the columns of all of them line up.
   */
  alignedWith?: { header: TableCell[]; rows: TableCell[][] }[];
  /** Its last rows stay on the page where the next block (a finance table's note) begins: never a note alone. */
  keepWithNext?: boolean;
  /** Indexes of rows that head the rows below them (a finance plan's group): each stays on the page of the next row. */
  groupHeads?: number[];
}

export interface CheckboxesBlock {
  type: 'checkboxes';
  items: { checked: boolean; children: Inline[] }[];
}

export interface SignatureColumn {
  /** Lines above the space for the signature („Der Bürgermeister“, „I.V.“). */
  before: Inline[][];
  /** Lines below it (name, function). */
  after: Inline[][];
  /** Draw a line to sign on (false when the document is signed „gez.“). */
  signLine: boolean;
}

export interface SignatureBlock {
  type: 'signature';
  /** Lines across all columns, above them, kept on the same page („Velbert, den ____“). */
  lead: Inline[][];
  /** One column per signing party. */
  columns: SignatureColumn[];
}

export interface ImageRef {
  /** Absolute path of a PNG or JPEG file. */
  src: string;
  alt: string;
  widthMm: number;
}

export interface LetterheadBlock {
  type: 'letterhead';
  /** Lines at the top left (municipality, office). */
  lines: Inline[][];
  /** Logo or coat of arms at the top right. */
  logo?: ImageRef;
}

export interface TocBlock {
  type: 'toc';
  title: string;
  /** Deepest heading level listed (1–4). */
  maxLevel: number;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

/** A line across the text (`---` on a line of its own): what follows is set apart from what went before. */
export interface RuleBlock {
  type: 'rule';
}

export interface ImageBlock extends ImageRef {
  type: 'image';
}

export type Block =
  | LetterheadBlock
  | TitleBlock
  | FieldsBlock
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | QuoteBlock
  | TableBlock
  | CheckboxesBlock
  | SignatureBlock
  | PageBreakBlock
  | RuleBlock
  | TocBlock
  | ImageBlock;

export type BlockType = Block['type'];
export type InlineType = Inline['type'];

export interface Footnote {
  number: number;
  children: Block[];
}

export interface DocumentMeta {
  /** Shown as document title (PDF Title, DOCX title property): the Betreff. */
  title: string;
  /** The document kind, e.g. „Beschlussvorlage“. */
  subject: string;
  author: string;
  language: string;
  /** Fixed creation date, so that the same input gives the same bytes. */
  created: Date;
  /** Text at the top of every page after the first, if the house style has one. */
  runningHeader?: string;
}

export interface DocumentModel {
  meta: DocumentMeta;
  blocks: Block[];
  footnotes: Footnote[];
  /**
   * Blocks at the foot of the first page, above its footer, however long the text is (a form's
   * Mitzeichnungen box); the text of that page stops above them.
   */
  firstPageFoot?: Block[];
}

/** Handler table type: one handler per node type, so a missing handler fails the build. */
export type Handlers<Ctx, R> = {
  [K in BlockType]: (node: Extract<Block, { type: K }>, ctx: Ctx) => R;
};

export type InlineHandlers<Ctx, R> = {
  [K in InlineType]: (node: Extract<Inline, { type: K }>, ctx: Ctx) => R;
};
