// Escaping plain-text values so that Markdown and directive syntax in them stays literal text.

// Every ASCII punctuation mark that Markdown, GFM or directives could read as syntax.
const SPECIAL = /[\\`*_[\]{}()<>#+\-.!|:~&"=]/g;

/** Plain text → Markdown that renders exactly that text (on one line; a tab, which has no glyph, as a space). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\t/g, ' ').replace(SPECIAL, (ch) => `\\${ch}`);
}

/** A value for a directive attribute in double quotes: {label="…"}. */
export function escapeAttribute(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/"/g, '&quot;');
}
