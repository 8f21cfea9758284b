// Tables whose columns line up: a table's cells count for the column widths of the tables it is aligned
// with (see `alignedWith` in the model), so the column lines of all of them fall at the same places.
import type { Block, TableBlock } from '../model/types.js';
import { plainText } from './inline.js';

const columnCount = (table: TableBlock) => Math.max(table.header.length, ...table.rows.map((row) => row.length));

/** Each table of `group` aligned with all the others; the other blocks unchanged. */
function alignGroup(blocks: Block[], group: readonly TableBlock[]): Block[] {
  if (group.length < 2) return blocks;
  return blocks.map((block) => {
    if (block.type !== 'table' || !group.includes(block)) return block;
    const others = group.filter((table) => table !== block);
    return { ...block, alignedWith: others.map(({ header, rows }) => ({ header, rows })) };
  });
}

/** `::::tabellen`: the tables inside with the same number of columns line up, column by column. */
export function alignByColumnCount(blocks: Block[]): Block[] {
  const tables = blocks.filter((b): b is TableBlock => b.type === 'table');
  const counts = [...new Set(tables.map(columnCount))];
  return counts.reduce((aligned, count) => alignGroup(aligned, tables.filter((t) => columnCount(t) === count)), blocks);
}

/** What makes tables „the same kind“: their number of columns and the words of their heads. */
const headsOf = (table: TableBlock) => JSON.stringify([columnCount(table), table.header.map((cell) => plainText(cell.children))]);

/**
 * Tables with the same column heads that follow each other (with text and headings between them, but no
 * other table), as the Jahresbericht's „Datum | Aktivität“ table per theme: their columns line up, so
 * the column line does not jump from one to the next. Tables aligned already (`::::tabellen`) stay as
 * they are and end a run.
 */
export function alignRunsOfSameHeads(blocks: Block[]): Block[] {
  const runs: TableBlock[][] = [];
  let heads: string | undefined;
  for (const block of blocks) {
    if (block.type !== 'table') continue;
    const own = block.alignedWith ? undefined : headsOf(block);
    if (own !== undefined && own === heads) runs[runs.length - 1]!.push(block);
    else if (own !== undefined) runs.push([block]);
    heads = own;
  }
  return runs.reduce(alignGroup, blocks);
}
