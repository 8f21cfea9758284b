// A suggestion for a name that is not known: the known one it most likely misspells.
import { closest, distance } from 'fastest-levenshtein';

/**
 * The known name within a few typos of `written` („beratungsfolg“ → „beratungsfolge“), or written in
 * other case („Art“ → „art“), if any.
 */
export function suggestKey(written: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(written, [...known]);
  if (written.toLowerCase() === best.toLowerCase()) return best;
  return distance(written, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
