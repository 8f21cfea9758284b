// Characters inserted into a user's text before parsing (to write what they meant in Markdown's syntax),
// and the way back: positions in the parsed tree mapped to the text as the user wrote it.
import type { Root } from 'mdast';

/** Characters inserted into the text, at an offset of the text as written. */
export interface Insertion {
  at: number;
  text: string;
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** The index of the last of the ascending `values` that is at most `value` (-1 when none is). */
function lastAtMost(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (values[mid]! <= value) low = mid + 1;
    else high = mid - 1;
  }
  return high;
}

/**
 * Maps every position in a tree parsed from the written Markdown back to the text as the user wrote it
 * (in place): a point inside inserted characters goes to where they were inserted.
 */
export function positionsAsWritten(tree: Root, text: string, insertions: readonly Insertion[]): Root {
  if (insertions.length === 0) return tree;
  // Where each insertion begins in the written Markdown, and how many characters were inserted before it.
  const starts: number[] = [];
  const before: number[] = [];
  let shift = 0;
  for (const { at, text: inserted } of insertions) {
    starts.push(at + shift);
    before.push(shift);
    shift += inserted.length;
  }
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const asWritten = (offset: number): number => {
    const k = lastAtMost(starts, offset);
    if (k < 0) return offset;
    const length = insertions[k]!.text.length;
    return offset < starts[k]! + length ? insertions[k]!.at : offset - before[k]! - length;
  };
  const remap = (point: Point) => {
    if (point.offset === undefined) return;
    const offset = asWritten(point.offset);
    const line = lastAtMost(lineStarts, offset);
    point.offset = offset;
    point.line = line + 1;
    point.column = offset - lineStarts[line]! + 1;
  };
  const visit = (node: { position?: { start: Point; end: Point }; children?: unknown[] }): void => {
    if (node.position) {
      remap(node.position.start);
      remap(node.position.end);
    }
    node.children?.forEach((child) => visit(child as typeof node));
  };
  visit(tree);
  return tree;
}
