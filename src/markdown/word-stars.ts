// A star inside a word is text, not Markdown: German texts gender with one (Mitarbeiter*innen, jede*r)
// and multiply with one (3*5). Markdown reads two such stars as the start and end of italics, so
// „Mitarbeiter*innen und Bürger*innen“ lost both stars and set „innen und Bürger“ in italics.
// Before parsing, each such star becomes a placeholder of the same length (positions stay true), and
// after parsing the placeholder becomes a star again wherever the text went.
import type { Root } from 'mdast';

const STAR_IN_WORD = /(?<=[\p{L}\p{N}])\*(?=[\p{L}\p{N}])/gu;

/** A character of the Unicode private use area: no text of a council submission contains it. */
const KEPT_STAR = '\uE000';

/** The text with every star between two letters or digits replaced by the placeholder. */
export function protectWordStars(text: string): string {
  return text.replace(STAR_IN_WORD, KEPT_STAR);
}

const TEXT_FIELDS = ['value', 'url', 'alt', 'title'] as const;

/** Gives every placeholder in the parsed tree its star back (in place). */
export function restoreWordStars(tree: Root): Root {
  const visit = (node: Record<string, unknown>): void => {
    for (const field of TEXT_FIELDS) {
      const value = node[field];
      if (typeof value === 'string' && value.includes(KEPT_STAR)) node[field] = value.replaceAll(KEPT_STAR, '*');
    }
    (node.children as Record<string, unknown>[] | undefined)?.forEach(visit);
  };
  visit(tree as unknown as Record<string, unknown>);
  return tree;
}
