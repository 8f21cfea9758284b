// Footnotes at the foot of the page where they are referenced: the referencing paragraph (or table row)
// and its notes are kept on one page, and the page's bottom margin grows so the running text stops above
// them. The notes of a page are drawn once the text is set, in the order of their numbers under a short
// rule, across the full text width. Notes that cannot be placed so (a paragraph longer than a page)
// follow at the end of the document.
import type { Block, Footnote, Inline } from '../../model/types.js';
import { artifact, pageBottom, pageRoom, tagged, type PdfContext } from './context.js';
import { drawInlines, measureInlines, superscript } from './inline.js';

/** The notes given a place at the foot of one page, and where the text above them had to stop. */
interface PageFoot {
  page: number;
  numbers: number[];
  /** The page's text bottom before any note: the notes end a gap above it. */
  bottom: number;
  height: number;
}

export interface FootnoteState {
  byNumber: Map<number, Block[]>;
  placed: Set<number>;
  /** Left edge and width of the notes: the text column of the page, also for a note referenced in a list. */
  area: { x: number; width: number };
  feet: PageFoot[];
}

export function footnoteState(footnotes: Footnote[], area: FootnoteState['area']): FootnoteState {
  return { byNumber: new Map(footnotes.map((n) => [n.number, n.children])), placed: new Set(), area, feet: [] };
}

const RULE_GAP = 6;
const RULE_LENGTH = 120;
/** Above the rule, between rule and notes, and below the notes. */
const RULE_ROOM = RULE_GAP * 3;

export function referencedNotes(inlines: readonly Inline[]): number[] {
  return inlines.flatMap((i) =>
    i.type === 'footnoteRef' ? [i.number] : 'children' in i ? referencedNotes(i.children) : [],
  );
}

/** A note's text as one line of inlines, led by its superscript number. */
function noteInlines(number: number, blocks: Block[]): Inline[] {
  const body = blocks.flatMap((b, i): Inline[] =>
    b.type === 'paragraph' ? [...(i > 0 ? [{ type: 'break' as const }] : []), ...b.children] : [],
  );
  return [{ type: 'text', value: `${superscript(number)} ` }, ...body];
}

const noteHeight = (ctx: PdfContext, n: number) =>
  measureInlines(ctx, noteInlines(n, ctx.notes.byNumber.get(n) ?? []), { size: ctx.theme.size.small, width: ctx.notes.area.width });

/** Notes that content references and that have no place yet, with the room they need at a page's foot. */
export function pendingNotes(ctx: PdfContext, inlines: readonly Inline[]): { numbers: number[]; height: number } {
  const state = ctx.notes;
  const numbers = [...new Set(referencedNotes(inlines))].filter((n) => !state.placed.has(n) && state.byNumber.has(n));
  if (numbers.length === 0) return { numbers, height: 0 };
  // Counted with the rule's room: whether this page already has notes is known only once placed.
  return { numbers, height: numbers.reduce((sum, n) => sum + noteHeight(ctx, n), RULE_ROOM) };
}

const currentPage = (ctx: PdfContext) => {
  const range = ctx.doc.bufferedPageRange();
  return range.start + range.count - 1;
};

/** The notes, or none when they and their content (of the given height) cannot share a page: those go to the end. */
export function notesSharingPage(ctx: PdfContext, notes: { numbers: number[]; height: number }, contentHeight: number): { numbers: number[]; height: number } {
  return contentHeight + notes.height > pageRoom(ctx.doc) ? { numbers: [], height: 0 } : notes;
}

/** Gives notes a place at the foot of the current page: the text from here on stops above them. */
export function placeNotesAtFoot(ctx: PdfContext, { numbers, height }: { numbers: number[]; height: number }): void {
  if (numbers.length === 0) return;
  const page = currentPage(ctx);
  let foot = ctx.notes.feet.find((f) => f.page === page);
  if (!foot) ctx.notes.feet.push((foot = { page, numbers: [], bottom: pageBottom(ctx.doc), height: 0 }));
  const added = foot.numbers.length ? height - RULE_ROOM : height;
  foot.numbers.push(...numbers);
  foot.height += added;
  for (const n of numbers) ctx.notes.placed.add(n);
  ctx.doc.page.margins.bottom += added;
}

/** Draws a paragraph that references notes, with the notes at the foot of its page. */
export function paragraphWithNotes(ctx: PdfContext, children: Inline[], drawParagraph: () => void): void {
  const found = pendingNotes(ctx, children);
  if (found.numbers.length === 0) return drawParagraph();
  const paragraph = measureInlines(ctx, children, { size: ctx.theme.size.body });
  const notes = notesSharingPage(ctx, found, paragraph);
  if (notes.numbers.length === 0) return drawParagraph(); // too long to keep together: notes go to the end
  if (ctx.doc.y + paragraph + notes.height > pageBottom(ctx.doc)) ctx.doc.addPage();
  drawParagraph();
  placeNotesAtFoot(ctx, notes);
}

/** A rule and notes from `y` down, in the notes' area. */
function drawNotes(ctx: PdfContext, numbers: readonly number[], y: number): void {
  const { x, width } = ctx.notes.area;
  artifact(ctx, () => {
    ctx.doc.moveTo(x, y).lineTo(x + RULE_LENGTH, y).lineWidth(0.5).strokeColor(ctx.theme.color.rule).stroke();
  });
  ctx.doc.y = y + RULE_GAP;
  for (const n of numbers) {
    const inlines = noteInlines(n, ctx.notes.byNumber.get(n) ?? []);
    tagged(ctx, 'Note', () => drawInlines(ctx, inlines, { size: ctx.theme.size.small, x, width }));
  }
}

/** Draws the notes of every page in their places, in the order of their numbers (once all text is set). */
export function drawPageFeet(ctx: PdfContext): void {
  for (const foot of ctx.notes.feet) {
    ctx.doc.switchToPage(foot.page);
    const bottomMargin = ctx.doc.page.margins.bottom;
    ctx.doc.page.margins.bottom = 0; // the notes sit in the room the margin kept for them
    drawNotes(ctx, [...foot.numbers].sort((a, b) => a - b), foot.bottom - foot.height + RULE_GAP);
    ctx.doc.page.margins.bottom = bottomMargin;
  }
}

/** Notes that could not go to the foot of their page, at the end of the document. */
export function remainingNotes(ctx: PdfContext): void {
  const left = [...ctx.notes.byNumber.keys()].filter((n) => !ctx.notes.placed.has(n));
  if (left.length === 0) return;
  ctx.doc.y += ctx.theme.space.headingBefore;
  drawNotes(ctx, left, ctx.doc.y);
}
