// mdast phrasing content → model inlines. One handler per mdast inline type.
import type { PhrasingContent } from 'mdast';
import type { Inline } from '../model/types.js';
import { isLanguageTag } from '../spec/formats.js';
import { quotesOf } from './language-quotes.js';
import { QuoteRun } from './quote-run.js';
import { bindSpaces } from './typography.js';
import { beginsWithParenthesisLabel } from '../markdown/enumerations.js';

export interface InlineContext {
  /** Number of a footnote by its identifier, assigned in order of first reference. */
  footnoteNumber(identifier: string): number;
}

type TextDirective = { type: 'textDirective'; name: string; attributes?: Record<string, string | null | undefined> | null; children: Phrasing[] };
type Phrasing = PhrasingContent | TextDirective;
/** The context while one paragraph's inlines are converted: its quotes are set in reading order. */
type RunContext = InlineContext & { quotes: QuoteRun };
type InlineHandler = (node: never, ctx: RunContext) => Inline[];

const text = (value: string): Inline[] => (value ? [{ type: 'text', value }] : []);

const SOFT_BREAK = /[ \t]*\n[ \t]*/;

/** A text's lines as typed, joined where a soft line end only wrapped them: not before „a) “, „(2) “ or „12) “. */
function joinWrappedLines(value: string): string[] {
  const lines: string[] = [];
  for (const line of value.split(SOFT_BREAK)) {
    if (lines.length > 0 && !beginsWithParenthesisLabel(line)) lines[lines.length - 1] += ` ${line}`;
    else lines.push(line);
  }
  return lines;
}

const handlers: Record<string, InlineHandler> = {
  // Soft line breaks inside a paragraph are spaces (a long text wrapped in the YAML file reads on), but a
  // line that begins like an item of an enumeration („a) …“, „(2) …“, „2) …“) stays a line of its own, as
  // typed. Hard breaks stay breaks.
  text: (node: { value: string }, ctx) =>
    joinWrappedLines(node.value).flatMap((line, i) => [...(i ? lineBreak(ctx) : []), ...text(ctx.quotes.text(bindSpaces(line)))]),
  strong: (node: { children: Phrasing[] }, ctx) => [{ type: 'strong', children: convert(node.children, ctx) }],
  emphasis: (node: { children: Phrasing[] }, ctx) => [{ type: 'emphasis', children: convert(node.children, ctx) }],
  delete: (node: { children: Phrasing[] }, ctx) => [{ type: 'deleted', children: convert(node.children, ctx) }],
  inlineCode: (node: { value: string }, ctx) => asWritten(node.value, ctx),
  break: (_: never, ctx) => lineBreak(ctx),
  link: (node: { url: string; children: Phrasing[] }, ctx) => [
    { type: 'link', url: node.url, children: convert(node.children, ctx) },
  ],
  image: (node: { alt?: string | null }, ctx) => asWritten(node.alt ?? '', ctx),
  // <br> is how GFM tables break lines inside a cell; other HTML stays visible as written.
  html: (node: { value: string }, ctx) => (/^<br\s*\/?>$/i.test(node.value) ? lineBreak(ctx) : asWritten(node.value, ctx)),
  footnoteReference: (node: { identifier: string }, ctx) => {
    const number = ctx.footnoteNumber(node.identifier);
    ctx.quotes.pass(String(number));
    return [{ type: 'footnoteRef', number }];
  },
  // :sprache[Early Help]{lang=en} marks words in another language (without a valid tag the words stay,
  // unmarked; validation warns with RV307); quotes in them are that language's. It is the only text
  // directive: in a user's text any other is the text typed („Tel.:Amt{Zimmer 3}“, literal-directives.ts).
  textDirective: (node: TextDirective, ctx) => {
    const lang = node.attributes?.lang;
    if (!lang || !isLanguageTag(lang)) return convert(node.children, ctx);
    return [{ type: 'language', lang, children: ctx.quotes.within(quotesOf(lang), () => convert(node.children, ctx)) }];
  },
};

/** Text shown as written (a code span, an image's alternative text), read before what follows it. */
function asWritten(value: string, ctx: RunContext): Inline[] {
  ctx.quotes.pass(value);
  return text(value);
}

function lineBreak(ctx: RunContext): Inline[] {
  ctx.quotes.pass('\n');
  return [{ type: 'break' }];
}

/** The inlines of one paragraph, heading or table cell. */
export function toInlines(nodes: readonly Phrasing[], ctx: InlineContext): Inline[] {
  return convert(nodes, { ...ctx, quotes: new QuoteRun() });
}

function convert(nodes: readonly Phrasing[], ctx: RunContext): Inline[] {
  return mergeTexts(
    nodes.flatMap((node) => {
      const handler = handlers[node.type];
      if (!handler) throw new Error(`no inline handler for mdast node "${node.type}"`);
      return handler(node as never, ctx);
    }),
  );
}

/** Adjacent text runs become one; keeps the model small and writers simple. */
function mergeTexts(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (inline.type === 'text' && last?.type === 'text') {
      out[out.length - 1] = { type: 'text', value: last.value + inline.value };
    } else {
      out.push(inline);
    }
  }
  return out;
}

/** The plain text of inlines (for titles, alt texts, tests). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => {
      switch (i.type) {
        case 'text':
          return i.value;
        case 'break':
          return '\n';
        case 'footnoteRef':
          return String(i.number);
        default:
          return plainText(i.children);
      }
    })
    .join('');
}
