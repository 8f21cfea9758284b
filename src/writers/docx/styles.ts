// Word styles and numbering from the theme: real Heading 1–4, Title, list numbering.
import {
  AlignmentType,
  LevelFormat,
  LineRuleType,
  type ILevelsOptions,
  type INumberingOptions,
  type IStylesOptions,
  type NumberingDefinition,
} from 'docx';
import { bulletAt, numberingAt } from '../shared/lists.js';
import type { ListNumbering } from '../../model/types.js';
import { naturalLineHeight } from '../shared/measure.js';
import type { Theme } from '../shared/theme.js';

/** docx sizes are half-points; spacing is twentieths of a point (twips). */
export const halfPoints = (pt: number) => Math.round(pt * 2);
export const twips = (pt: number) => Math.round(pt * 20);
export const hex = (color: string) => color.replace('#', '').toUpperCase();

export const STYLE = { art: 'Title', betreff: 'Betreff', fieldLabel: 'Feldname', signature: 'Unterschrift', footnote: 'FootnoteText' } as const;
export const NUMBERING = { bullet: 'aufzaehlung', ordered: 'nummerierung' } as const;
/** Word's list levels: nine, 0 to 8; a list nested deeper stays at the last. */
const LEVELS = Array.from({ length: 9 }, (_, level) => level);
export const wordListLevel = (depth: number) => Math.min(depth, LEVELS.length - 1);

/**
 * The theme's line height (a factor of the font size, as in the PDF). Word's and LibreOffice's auto rule
 * multiplies the font's own single line height (240 = single, about 1.15 em), so the factor is divided by
 * it. Unlike an exact height in points, it still fits larger text (headings) and inline images.
 */
export function lineSpacing(theme: Theme) {
  return { line: Math.round((240 * theme.lineHeight) / naturalLineHeight(theme.font)), lineRule: LineRuleType.AUTO };
}

/** Single spacing, for a line that holds only an image: the PDF sets images without leading. */
export const SINGLE_SPACING = { line: 240, lineRule: LineRuleType.AUTO } as const;

export function docxStyles(theme: Theme): IStylesOptions {
  const heading = (level: 0 | 1 | 2 | 3) => ({
    run: {
      font: theme.font.docxName,
      size: halfPoints(theme.heading[level].size),
      bold: true,
      italics: theme.heading[level].italic,
      color: hex(theme.color.text),
    },
    paragraph: {
      spacing: { before: twips(theme.space.headingBefore), after: twips(theme.space.headingAfter) },
      keepNext: true,
      keepLines: true,
      outlineLevel: level,
    },
  });
  return {
    default: {
      document: {
        run: { font: theme.font.docxName, size: halfPoints(theme.size.body), language: { value: 'de-DE' } },
        paragraph: { spacing: { after: twips(theme.space.paragraph), ...lineSpacing(theme) } },
      },
      title: {
        run: { font: theme.font.docxName, size: halfPoints(theme.size.art), bold: true, color: hex(theme.color.text) },
        paragraph: { spacing: { after: twips(theme.space.paragraph) } },
      },
      heading1: heading(0),
      heading2: heading(1),
      heading3: heading(2),
      heading4: heading(3),
      // Notes as in the PDF: in the small size, at the theme's line height, without space between them.
      footnoteText: { run: { size: halfPoints(theme.size.small) }, paragraph: { spacing: { after: 0, ...lineSpacing(theme) } } },
      footnoteTextChar: { run: { size: halfPoints(theme.size.small) } },
    },
    paragraphStyles: [
      ...tocStyles(theme),
      {
        id: STYLE.betreff,
        name: 'Betreff',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { bold: true, size: halfPoints(theme.size.betreff) },
        paragraph: { spacing: { before: twips(theme.space.headingBefore), after: twips(theme.space.headingBefore) }, keepNext: true },
      },
      {
        id: STYLE.signature,
        name: 'Unterschrift',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { keepNext: true, keepLines: true, spacing: { after: 0 } },
      },
    ],
    characterStyles: [{ id: STYLE.fieldLabel, name: 'Feldname', basedOn: 'DefaultParagraphFont', run: { bold: true } }],
  };
}

/**
 * Word's styles for the entries of a table of contents, „toc 1“ to „toc 9“, set as the PDF sets them: no
 * space between entries, each level indented by a list indent, the top level bold.
 */
function tocStyles(theme: Theme) {
  return LEVELS.map((level) => ({
    id: `TOC${level + 1}`,
    name: `toc ${level + 1}`,
    basedOn: 'Normal',
    next: 'Normal',
    run: { bold: level === 0 },
    paragraph: { spacing: { after: 0 }, indent: { left: twips(theme.space.listIndent * level) } },
  }));
}

/** Word's indent of a list level: its label hangs in the level's indent. */
const levelIndent = (theme: Theme, level: number) => ({
  indent: { left: twips(theme.space.listIndent * (level + 1)), hanging: twips(theme.space.listIndent) },
});

const LEVEL_FORMATS: Record<ListNumbering['counter'], (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  decimal: LevelFormat.DECIMAL,
  lowerLetter: LevelFormat.LOWER_LETTER,
  upperLetter: LevelFormat.UPPER_LETTER,
};

/** A level of ordered lists, labelled as in the PDF (1., a) … by depth, or as written), counting from `start`. */
function orderedLevel(theme: Theme, level: number, start = 1, written?: ListNumbering): ILevelsOptions {
  const { counter, pattern } = numberingAt(level, written);
  return {
    level,
    start,
    format: LEVEL_FORMATS[counter],
    text: pattern.replace('%', `%${level + 1}`),
    alignment: AlignmentType.LEFT,
    style: { paragraph: levelIndent(theme, level) },
  };
}

/**
 * The numbering of an ordered list at `level`: the document's, or for a list that starts elsewhere than at 1
 * (a Markdown list from „4.“) or labels its items as written („a)“, „(1)“) one of its own.
 */
export function orderedNumbering(theme: Theme, level: number, start: number, written?: ListNumbering): string | NumberingDefinition {
  if (start === 1 && !written) return NUMBERING.ordered;
  const form = written ? `-${written.counter}-${written.pattern}` : '';
  return {
    reference: `${NUMBERING.ordered}-${level}-${start}${form}`,
    levels: LEVELS.map((l) => (l === level ? orderedLevel(theme, l, start, written) : orderedLevel(theme, l))),
  };
}

export function docxNumbering(theme: Theme): INumberingOptions {
  return {
    config: [
      {
        reference: NUMBERING.bullet,
        levels: LEVELS.map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: bulletAt(level),
          alignment: AlignmentType.LEFT,
          style: { paragraph: levelIndent(theme, level) },
        })),
      },
      { reference: NUMBERING.ordered, levels: LEVELS.map((level) => orderedLevel(theme, level)) },
    ],
  };
}
