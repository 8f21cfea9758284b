// Directive syntax in a user's text that the text does not speak, given back as the characters typed.
// In a section only :sprache[…]{lang=…} means something; a colon before a word is otherwise just a colon
// („Tel.:Amt{Zimmer 3}“, „Anlage:Plan[1]“), yet the parser reads it as a directive and would drop the
// brackets and braces. Each such node becomes text again, from the source, keeping what is parsed inside
// its brackets (bold, links) and the positions of every other node (checks report by them).
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, Directives, LeafDirective, TextDirective } from 'mdast-util-directive';

type Node = Root | RootContent;

const isDirective = (node: Node): node is Directives =>
  node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';

/** Replaces every directive that `understood` rejects by the text it was written as (in place). */
export function literalizeDirectives(tree: Root, source: string, understood: (node: Directives) => boolean): Root {
  const slice = (from: number | undefined, to: number | undefined): Text[] => {
    const value = source.slice(from ?? 0, to ?? 0);
    return value ? [{ type: 'text', value }] : [];
  };

  /** `:name[label]{attributes}` or `::name…`: the marks around the label from the source, the label as parsed. */
  const phrasing = (node: TextDirective | LeafDirective): PhrasingContent[] => {
    const children = node.children.flatMap(walk) as PhrasingContent[];
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!node.children.length) return slice(start, end);
    return [...slice(start, node.children[0]!.position?.start.offset), ...children, ...slice(node.children.at(-1)!.position?.end.offset, end)];
  };

  /** `:::name[label]{attributes}` … `:::`: the fence lines as paragraphs, the content between as parsed. */
  const container = (node: ContainerDirective): RootContent[] => {
    const written = source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
    const opening = written.split('\n', 1)[0]!;
    const closing = /\n[ \t>]*(:{3,})[ \t]*$/.exec(written)?.[1];
    const content = node.children.filter((child) => !(child.type === 'paragraph' && child.data?.directiveLabel)).flatMap(walk);
    const line = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });
    return [line(opening), ...(content as RootContent[]), ...(closing ? [line(closing)] : [])];
  };

  function walk(node: Node): Node[] {
    if (isDirective(node) && !understood(node)) {
      if (node.type === 'textDirective') return phrasing(node);
      if (node.type === 'leafDirective') return [{ type: 'paragraph', children: phrasing(node), position: node.position }];
      return container(node);
    }
    if ('children' in node) (node as { children: Node[] }).children = joinTexts(node.children.flatMap(walk));
    return [node];
  }

  walk(tree);
  return tree;
}

/** Neighbouring texts as one node, as the parser gives them, so typesetting sees the words together. */
export function joinTexts(nodes: Node[]): Node[] {
  const joined: Node[] = [];
  for (const node of nodes) {
    const last = joined.at(-1);
    if (last?.type === 'text' && node.type === 'text') {
      joined[joined.length - 1] = { ...last, value: last.value + node.value, ...(last.position && node.position ? { position: { start: last.position.start, end: node.position.end } } : {}) };
    } else joined.push(node);
  }
  return joined;
}
