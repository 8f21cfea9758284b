// The Markdown users write in a spec: CommonMark with GFM (tables, footnotes, task lists) and directives
// (::feld, :sprache[…]{lang=…}). One parser for rendering and for checks, so both read a text the same way.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { directive } from 'micromark-extension-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import type { Root } from 'mdast';

const OPTIONS = {
  extensions: [gfm(), directive()],
  mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()],
};

const CACHE_LIMIT = 500;
const parsed = new Map<string, Root>();

/** Parses Markdown once per text and process (callers only read the trees). */
export function parseMarkdown(markdown: string): Root {
  let tree = parsed.get(markdown);
  if (!tree) {
    tree = fromMarkdown(markdown, OPTIONS);
    if (parsed.size >= CACHE_LIMIT) parsed.delete(parsed.keys().next().value!);
    parsed.set(markdown, tree);
  }
  return tree;
}
