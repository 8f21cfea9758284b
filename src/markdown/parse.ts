// Markdown: CommonMark with GFM (tables, footnotes, task lists) and directives — in templates (::feld,
// :::unterschrift …) and, in users' texts, only :sprache[…]{lang=…}. One parser for rendering and for
// checks, so both read a text the same way.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { directive } from 'micromark-extension-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import type { Root } from 'mdast';
import type { Directives } from 'mdast-util-directive';
import { literalizeDirectives } from './literal-directives.js';
import { protectWordStars, restoreWordStars } from './word-stars.js';
import { bulletsAsMarkdown } from './pasted-bullets.js';
import { enumerationsAsLists } from './enumerations.js';
import { tabTablesAsMarkdown } from './tab-tables.js';
import { positionsAsWritten } from './inserted-text.js';

// Only ~~two tildes~~ strike words out: German texts write a single one for „circa“ and for ranges
// („5~10 und 20~30 Personen“), which GFM would otherwise strike through between them.
const OPTIONS = {
  extensions: [gfm({ singleTilde: false }), directive()],
  mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()],
};

const CACHE_LIMIT = 500;

/** Parses each text once per process (callers only read the trees). */
function cached(parse: (markdown: string) => Root): (markdown: string) => Root {
  const parsed = new Map<string, Root>();
  return (markdown) => {
    let tree = parsed.get(markdown);
    if (!tree) {
      tree = parse(markdown);
      if (parsed.size >= CACHE_LIMIT) parsed.delete(parsed.keys().next().value!);
      parsed.set(markdown, tree);
    }
    return tree;
  };
}

/** A template's Markdown, with every directive the templates use. */
export const parseMarkdown = cached((markdown) => fromMarkdown(markdown, OPTIONS));

/** In a user's text only :sprache[…] is a directive; any other is the text typed („Tel.:Amt{Zimmer 3}“). */
const isLanguageMark = (node: Directives) => node.type === 'textDirective' && node.name === 'sprache';

/**
 * A user's Markdown text (a section, a Markdown field), read as its writer meant it: a star inside a word
 * stays a star (word-stars.ts), a list pasted from Word is a list (pasted-bullets.ts), and so are lines
 * labelled „a)“, „b)“ … (enumerations.ts); a table pasted from Excel or Word is a table (tab-tables.ts).
 * All keep the positions of what the checks read, so they report the place the user wrote.
 */
export const parseUserMarkdown = cached((text) => {
  const { markdown, insertions } = tabTablesAsMarkdown(bulletsAsMarkdown(protectWordStars(text)));
  const tree = positionsAsWritten(fromMarkdown(markdown, OPTIONS), text, insertions);
  return enumerationsAsLists(literalizeDirectives(restoreWordStars(tree), text, isLanguageMark), text);
});
