// A suggestion for a name that is not known: the known one it most likely misspells. One rule for every
// „Meinten Sie …?“ (keys, values, Gremien, profiles, files, options), so all of them suggest alike.
import { closest, distance } from 'fastest-levenshtein';

/** Typos allowed in a name of `length` characters: one per four characters, but two for any name. */
const allowedTypos = (length: number) => Math.max(2, Math.floor(length / 4));

/**
 * The known name within a few typos of `written`, case aside („beratungsfolg“ → „beratungsfolge“,
 * „Art“ → „art“, „stadt-coesfeldt“ → „stadt-coesfeld“), if any; „stadt-koeln“ is not „stadt-duelmen“.
 */
export function nearestName<T extends string>(written: string, known: readonly T[]): T | undefined {
  if (known.length === 0) return undefined;
  const lower = known.map((name) => name.toLowerCase());
  const best = closest(written.toLowerCase(), lower);
  const index = lower.indexOf(best);
  return distance(written.toLowerCase(), best) <= allowedTypos(best.length) ? known[index] : undefined;
}
