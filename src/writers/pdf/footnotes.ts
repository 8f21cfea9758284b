// Footnotes at the foot of the page where they are referenced: the referencing paragraph and its notes
// are kept on one page, the notes are drawn above the bottom margin under a short rule, and the page's
// bottom margin grows so the running text stops above them. Notes that cannot be placed so (a
// paragraph longer than a page) follow at the end of the document.
import type { Block, Footnote, Inline } from '../../model/types.js';
import { artifact, pageBottom, tagged, type PdfContext } from './context.js';
import { drawInlines, measureInlines, superscript } from './inline.js';

export interface FootnoteState {
  byNumber: Map<number, Block[]>;
  placed: Set<number>;
}

export function footnoteState(footnotes: Footnote[]): FootnoteState {
  return { byNumber: new Map(footnotes.map((n) => [n.number, n.children])), placed: new Set() };
}

const RULE_GAP = 6;

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

function notesHeight(ctx: PdfContext, numbers: number[], state: FootnoteState): number {
  const size = ctx.theme.size.small;
  const heights = numbers.map((n) => measureInlines(ctx, noteInlines(n, state.byNumber.get(n) ?? []), { size }));
  return heights.reduce((a, b) => a + b, 0) + RULE_GAP * 2;
}

/** Draws a paragraph that references notes, with the notes at the foot of its page. */
export function paragraphWithNotes(ctx: PdfContext, state: FootnoteState, children: Inline[], drawParagraph: () => void): void {
  const numbers = referencedNotes(children).filter((n) => !state.placed.has(n) && state.byNumber.has(n));
  if (numbers.length === 0) return drawParagraph();
  const notes = notesHeight(ctx, numbers, state);
  const paragraph = measureInlines(ctx, children, { size: ctx.theme.size.body });
  const page = ctx.doc.page.height - ctx.doc.page.margins.top - ctx.doc.page.margins.bottom;
  if (paragraph + notes > page) return drawParagraph(); // too long to keep together: notes go to the end
  if (ctx.doc.y + paragraph + notes > pageBottom(ctx.doc)) ctx.doc.addPage();
  drawParagraph();
  const after = ctx.doc.y;
  const top = pageBottom(ctx.doc) - notes;
  artifact(ctx, () => {
    ctx.doc.moveTo(ctx.x, top + RULE_GAP / 2).lineTo(ctx.x + 120, top + RULE_GAP / 2).lineWidth(0.5).strokeColor(ctx.theme.color.rule).stroke();
  });
  ctx.doc.y = top + RULE_GAP * 2;
  for (const n of numbers) {
    tagged(ctx, 'Note', () => drawInlines(ctx, noteInlines(n, state.byNumber.get(n) ?? []), { size: ctx.theme.size.small }));
    state.placed.add(n);
  }
  ctx.doc.page.margins.bottom += notes;
  ctx.doc.y = after;
}

/** Notes that could not go to the foot of their page, at the end of the document. */
export function remainingNotes(ctx: PdfContext, state: FootnoteState): void {
  const left = [...state.byNumber.keys()].filter((n) => !state.placed.has(n));
  if (left.length === 0) return;
  ctx.doc.y += ctx.theme.space.headingBefore;
  const y = ctx.doc.y;
  artifact(ctx, () => {
    ctx.doc.moveTo(ctx.x, y).lineTo(ctx.x + 120, y).lineWidth(0.5).strokeColor(ctx.theme.color.rule).stroke();
  });
  ctx.doc.y += RULE_GAP;
  for (const n of left) {
    tagged(ctx, 'Note', () => drawInlines(ctx, noteInlines(n, state.byNumber.get(n) ?? []), { size: ctx.theme.size.small }));
  }
}
