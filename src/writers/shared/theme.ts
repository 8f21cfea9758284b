// The house style as one theme object: every size, margin and colour a writer uses comes from here.
import type { Profile } from '../../profile/types.js';
import { FONT_FAMILIES, type FontFamily } from './fonts.js';

const MM = 72 / 25.4;

export interface HeadingStyle {
  /** Font size in pt. */
  size: number;
  italic: boolean;
}

export interface Theme {
  font: FontFamily;
  /** Font sizes in pt. */
  size: { body: number; small: number; art: number; betreff: number };
  /** Headings of level 1 to 4, all bold: levels 1 to 3 a point apart down to the body size, level 4 in italic. */
  heading: readonly [HeadingStyle, HeadingStyle, HeadingStyle, HeadingStyle];
  /** Page margins in pt (A4). */
  margin: { top: number; bottom: number; left: number; right: number };
  page: { width: number; height: number };
  /** Colours as #RRGGBB. */
  color: { text: string; accent: string; rule: string; tableHeader: string; link: string };
  /** Vertical rhythm in pt. */
  /** `belowTable`: a paragraph's and a half, so the text after a table does not cling to its last rule. */
  /** `quoteIndent`: how far quoted text stands in from the left, two list indents. */
  /** `listItem`: between the items of a list, unless its text has blank lines between them (then `paragraph`). */
  space: {
    paragraph: number; headingBefore: number; headingAfter: number; listItem: number; listIndent: number; quoteIndent: number; cellPadding: number; belowTable: number;
  };
  /** Room left for a handwritten signature and the length of the line to sign on, in pt. */
  signature: { space: number; lineWidth: number };
  /** Width between the side margins, in pt. */
  contentWidth: number;
  /** Line height as a factor of the font size. */
  lineHeight: number;
  footerText: string;
}

export function themeFromProfile(profile: Profile): Theme {
  const style = profile.stil ?? {};
  const body = style.schriftgrad ?? 11;
  const m = style.raender_mm ?? {};
  const margin = {
    top: (m.oben ?? 20) * MM,
    bottom: (m.unten ?? 20) * MM,
    left: (m.links ?? 25) * MM,
    right: (m.rechts ?? 20) * MM,
  };
  const page = { width: 595.28, height: 841.89 };
  return {
    font: FONT_FAMILIES[style.schrift ?? 'sans'],
    size: {
      body,
      small: body - 2,
      art: body + 5,
      betreff: body + 1,
    },
    heading: [
      { size: body + 2, italic: false },
      { size: body + 1, italic: false },
      { size: body, italic: false },
      { size: body, italic: true },
    ],
    margin,
    page,
    contentWidth: page.width - margin.left - margin.right,
    signature: { space: 30, lineWidth: 70 * MM },
    color: {
      text: '#000000',
      accent: style.akzentfarbe ?? '#1F4E79',
      rule: '#808080',
      tableHeader: '#E7ECF2',
      link: '#0B4F8A',
    },
    space: { paragraph: 6, headingBefore: 12, headingAfter: 4, listItem: 2, listIndent: 18, quoteIndent: 36, cellPadding: 4, belowTable: 9 },
    lineHeight: 1.25,
    footerText: style.fusszeile ?? profile.name,
  };
}

/** The style of a heading of `level` (1–4). */
export const headingStyle = (theme: Theme, level: 1 | 2 | 3 | 4): HeadingStyle => theme.heading[level - 1]!;
