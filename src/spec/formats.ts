// Value forms users write: dates, ISO „2024-01-31“ or German „31.01.2024“ (real calendar dates only),
// and language tags.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Parses either accepted form; undefined when the text is not a real date. */
export function parseDate(text: string): CalendarDate | undefined {
  const iso = ISO.exec(text);
  const german = GERMAN.exec(text);
  const date = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : german
      ? { year: Number(german[3]), month: Number(german[2]), day: Number(german[1]) }
      : undefined;
  return date && isRealDate(date) ? date : undefined;
}

export function isDate(text: string): boolean {
  return parseDate(text) !== undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** „31.01.2024“ */
export function formatGermanDate(date: CalendarDate): string {
  return `${pad(date.day)}.${pad(date.month)}.${date.year}`;
}

export function toUtcDate(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

/** Days since 1970-01-01, for comparing dates. */
export function dayNumber(date: CalendarDate): number {
  return Math.round(toUtcDate(date).getTime() / 86_400_000);
}

/** A language tag in the form BCP 47 gives the common ones: „en“, „fr-BE“, „de-CH“, „sr-Latn“. */
export function isLanguageTag(text: string): boolean {
  return /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/.test(text);
}

/** Whether the text is a valid regular expression (Unicode mode, as the Vorlagen-Nr pattern is used). */
export function isRegex(text: string): boolean {
  try {
    new RegExp(text, 'u');
    return true;
  } catch {
    return false;
  }
}

/** The string formats our JSON Schemas use beyond the standard ones. */
export const SCHEMA_FORMATS = {
  datum: { type: 'string', validate: isDate },
  regex: { type: 'string', validate: isRegex },
} as const;
