// What every document kind resolves alike: the fixed creation date and the letterhead.
import { join } from 'node:path';
import { parseDate, toUtcDate } from '../spec/formats.js';
import type { Profile } from '../profile/types.js';

/** 9999-12-31T23:59:59Z, the last moment a four-digit year can show. */
const LAST_EPOCH = 253_402_300_799;

/**
 * The creation date written into the files: SOURCE_DATE_EPOCH if set (reproducible builds), else the
 * document's own date, else `fallback` — never the clock, so the same input gives the same bytes.
 * SOURCE_DATE_EPOCH counts whole seconds from 1970; a value that is not one (negative, a fraction, past
 * the year 9999) is not a date a PDF or DOCX can carry and is passed over.
 */
export function creationDate(env: NodeJS.ProcessEnv, datum: string | undefined, fallback = new Date(0)): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isInteger(epoch) && epoch >= 0 && epoch <= LAST_EPOCH) return new Date(epoch * 1000);
  const date = datum ? parseDate(datum) : undefined;
  return date ? toUtcDate(date) : fallback;
}

/** Letterhead lines and logo of a municipality, as the `briefkopf` partial expects them. */
export function letterheadView(profile: Profile, profileDir: string) {
  return {
    briefkopf: profile.briefkopf ?? [profile.name],
    logo: profile.logo ? { src: join(profileDir, profile.logo.datei), alt: profile.logo.alt, breite: profile.logo.breite_mm ?? 18 } : null,
  };
}
