// Enumerations as German texts write them: „a) …“, „b) …“; „(1) …“, „(2) …“; „A. …“, „B. …“. Markdown
// knows only „1.“ and „1)“ at the start of a paragraph, so such lines were one paragraph, and an item that
// wrapped ran on at the left margin. Two or more lines, or paragraphs, whose labels count on from each
// other (same form, next letter or number) become a list that keeps the form of its labels; one line
// alone stays text („a) Ausgangslage“ as a small heading). Markdown's own „1)“ lists keep their „)“.
import type { Break, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { ListNumbering } from '../model/types.js';
import { joinTexts } from './literal-directives.js';

declare module 'mdast' {
  interface ListData {
    /** How the writer labelled the items, when not as Markdown's default „1.“. */
    numbering?: ListNumbering;
  }
}

interface Label {
  numbering: ListNumbering;
  value: number;
  /** Characters of the label and the spaces after it. */
  length: number;
}

/** „(1)“, „(a)“ or „1)“, „a)“, „A.“ … at the start of a line, followed by a space. */
const LABEL = /^(?:\((\d{1,2}|[a-zA-Z])\)|(\d{1,2}|[a-zA-Z])([.)]))[ \t]+/;

function counterOf(written: string): Pick<ListNumbering, 'counter'> & { value: number } {
  if (/\d/.test(written)) return { counter: 'decimal', value: Number(written) };
  const lower = written.toLowerCase();
  return { counter: lower === written ? 'lowerLetter' : 'upperLetter', value: lower.charCodeAt(0) - 96 };
}

function labelAt(text: string): Label | undefined {
  const found = LABEL.exec(text);
  if (!found) return undefined;
  const enclosed = found[1] !== undefined;
  const { counter, value } = counterOf(found[1] ?? found[2]!);
  return { numbering: { counter, pattern: enclosed ? '(%)' : found[3] === '.' ? '%.' : '%)' }, value, length: found[0].length };
}

/**
 * Whether a line of text begins like an item with its label in or before a parenthesis („(1) “, „a) “):
 * such a line stays a line of its own even where nothing counts on from it (compose/inline.ts). Not „A. “
 * or „2. “: a wrapped line may begin with „z. B.“ or „2. Juli“.
 */
export const beginsWithParenthesisLabel = (line: string): boolean => {
  const pattern = labelAt(line)?.numbering.pattern;
  return pattern !== undefined && pattern !== '%.';
};

const follows = (previous: Label, next: Label): boolean =>
  next.numbering.counter === previous.numbering.counter && next.numbering.pattern === previous.numbering.pattern && next.value === previous.value + 1;

/** A line of a paragraph: its nodes, and the hard break that ended it (else a soft line end did). */
interface Line {
  nodes: PhrasingContent[];
  end?: Break;
}

function linesOf(children: readonly PhrasingContent[]): Line[] {
  const lines: Line[] = [{ nodes: [] }];
  for (const node of children) {
    if (node.type === 'break') {
      lines.at(-1)!.end = node;
      lines.push({ nodes: [] });
    } else if (node.type === 'text' && node.value.includes('\n')) {
      node.value.split('\n').forEach((part, i) => {
        if (i) lines.push({ nodes: [] });
        if (part) lines.at(-1)!.nodes.push({ type: 'text', value: part });
      });
    } else lines.at(-1)!.nodes.push(node);
  }
  return lines;
}

const lineLabel = (line: Line): Label | undefined => (line.nodes[0]?.type === 'text' ? labelAt(line.nodes[0].value) : undefined);

function withoutLabel(line: Line, label: Label): Line {
  const [first, ...rest] = line.nodes as [Text, ...PhrasingContent[]];
  const text = first.value.slice(label.length);
  return { ...line, nodes: text ? [{ type: 'text', value: text }, ...rest] : rest };
}

function paragraphOf(lines: readonly Line[]): Paragraph {
  const soft: Text = { type: 'text', value: '\n' };
  const children = lines.flatMap((line, i) => [...(i ? [lines[i - 1]!.end ?? soft] : []), ...line.nodes]);
  return { type: 'paragraph', children: joinTexts(children) as PhrasingContent[] };
}

interface Item {
  label: Label;
  lines: Line[];
}

/** The lines before a paragraph's first label, and the items that count on from it; undefined without a label. */
function enumerationIn(paragraph: Paragraph): { intro: Line[]; items: Item[] } | undefined {
  const lines = linesOf(paragraph.children);
  const start = lines.findIndex((line) => lineLabel(line));
  if (start < 0) return undefined;
  const items: Item[] = [];
  for (const line of lines.slice(start)) {
    const label = lineLabel(line);
    const last = items.at(-1);
    if (label && (!last || follows(last.label, label))) items.push({ label, lines: [withoutLabel(line, label)] });
    else last!.lines.push(line);
  }
  return { intro: lines.slice(0, start), items };
}

/** A list being gathered: the paragraphs it was made from, given back when it stays a single item. */
interface Run {
  intro?: Paragraph;
  list: List;
  last: Label;
  paragraphs: Paragraph[];
}

const listItems = (items: readonly Item[]): ListItem[] => items.map((item) => ({ type: 'listItem', spread: false, children: [paragraphOf(item.lines)] }));

function listOf(items: readonly Item[]): List {
  const { numbering, value } = items[0]!.label;
  return { type: 'list', ordered: true, start: value, spread: false, children: listItems(items), data: { numbering } };
}

/** A container's blocks with each counted run of labelled lines or paragraphs as a list. */
function gather(children: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let run: Run | undefined;
  const close = () => {
    if (run) out.push(...(run.list.children.length > 1 ? [...(run.intro ? [run.intro] : []), run.list] : run.paragraphs));
    run = undefined;
  };
  for (const child of children) {
    const found = child.type === 'paragraph' ? enumerationIn(child) : undefined;
    if (!found) {
      close();
      out.push(child);
      continue;
    }
    const { intro, items } = found;
    const last = items.at(-1)!.label;
    if (run && !intro.length && follows(run.last, items[0]!.label)) {
      // Items written as paragraphs of their own: the list is loose.
      run.list.children.push(...listItems(items));
      run.list.spread = true;
      run.paragraphs.push(child as Paragraph);
      run.last = last;
    } else {
      close();
      run = { intro: intro.length ? paragraphOf(intro) : undefined, list: listOf(items), paragraphs: [child as Paragraph], last };
    }
  }
  close();
  return out;
}

/** The delimiter a Markdown list was written with: „)“ in „1) …“ is kept, „.“ is the default. */
function markdownNumbering(list: List, source: string): void {
  const offset = list.position?.start.offset;
  if (!list.ordered || offset === undefined || list.data?.numbering) return;
  if (/^\d+\)/.test(source.slice(offset, offset + 11))) list.data = { ...list.data, numbering: { counter: 'decimal', pattern: '%)' } };
}

/** Every enumeration in a user's text as a list (in place). `source` is the text the tree was parsed from. */
export function enumerationsAsLists(tree: Root, source: string): Root {
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'list') markdownNumbering(node, source);
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table' || !('children' in node)) return;
    const container = node as { children: RootContent[] };
    container.children = gather(container.children);
    container.children.forEach(walk);
  };
  walk(tree);
  return tree;
}
