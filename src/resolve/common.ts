// What every document kind resolves alike: the fixed creation date and the letterhead.
import { join } from 'node:path';
import { parseDate, toUtcDate } from '../spec/formats.js';
import type { Profile } from '../profile/types.js';

/**
 * The creation date written into the files: SOURCE_DATE_EPOCH if set (reproducible builds), else the
 * document's own date, else `fallback` — never the clock, so the same input gives the same bytes.
 */
export function creationDate(env: NodeJS.ProcessEnv, datum: string | undefined, fallback = new Date(0)): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
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
