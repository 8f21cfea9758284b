// A finance table's lead text belongs to its table: what introduces the table stays on the page where it begins.
import type { Block, ParagraphBlock } from '../model/types.js';
import { plainText } from './inline.js';

/**
 * How much of a lead text (in characters, about four lines of body text) moves along with its table:
 * short lines that describe it („Anteilige Personalkosten“, a rate, a formula) read with it as one. A longer
 * text keeps only its last paragraph with the table, so a table never leaves most of a page empty behind it.
 */
const KEPT_LEAD_CHARACTERS = 400;

const keep = (block: ParagraphBlock): ParagraphBlock => ({ ...block, keepWithNext: true });

/**
 * Marks the paragraphs at the end of a lead text (the blocks before a table) to stay with the table's start:
 * always the last one, and those before it as long as together they are short.
 */
export function keepLeadWithTable(lead: Block[]): Block[] {
  const out = [...lead];
  let characters = 0;
  for (let i = out.length - 1; i >= 0; i--) {
    const block = out[i]!;
    if (block.type !== 'paragraph') break;
    characters += plainText(block.children).length;
    if (i < out.length - 1 && characters > KEPT_LEAD_CHARACTERS) break;
    out[i] = keep(block);
  }
  return out;
}
