// Whether a table stays whole on one page, decided alike by both writers: by its height, so a short
// table reads at a glance and a long one never leaves much of a page empty behind it.
import type { Theme } from './theme.js';

/** Tables of more body rows than this break between rows even when they are short. */
export const KEEP_TOGETHER_ROWS = 10;

/**
 * The share of a page's text area a table may take and still be kept whole: moving it to the next page
 * leaves at most that much of a page empty. Below it lie the budgets and lists of dates the examples
 * hold (up to a third of a page); half-page tables such as Unna's „Kooperationen der Jugendhilfe“ break.
 */
export const KEEP_WHOLE_PAGE_SHARE = 0.4;

/** A table's last rows that stay on one page: a total never stands alone, and a table kept with its note takes them along to the note's page. */
export const ROWS_KEPT_WITH_NEXT = 2;

/** Height of a page's text area in pt, between the top and bottom margins. */
export const textAreaHeight = (theme: Theme): number => theme.page.height - theme.margin.top - theme.margin.bottom;

/** Whether a table of `rowCount` body rows, `height` pt high with its header row, is kept on one page. */
export function keepsWhole(rowCount: number, height: number, theme: Theme): boolean {
  return rowCount <= KEEP_TOGETHER_ROWS && height <= KEEP_WHOLE_PAGE_SHARE * textAreaHeight(theme);
}
