// Unknown keys and the field they were probably meant to be: „Art:“ for „art:“, „betref:“ for „betreff:“.
import { closest, distance } from 'fastest-levenshtein';
import { CODES } from './diagnostics.js';
import { segmentsToPointer } from './positions.js';
import type { SchemaFinding } from './schema-messages.js';

/** The allowed word closest to `written`, if it is close enough to be a typo of it. */
export function suggestKey(written: string, allowed: string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const best = closest(written, allowed);
  if (written.toLowerCase() === best.toLowerCase()) return best;
  return distance(written, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

const childPointer = (parent: string, key: string) => parent + segmentsToPointer([key]);

/** How to write the meant key, saying why when only the case differs. */
function spellingHint(key: string, meant: string): string {
  const caseOnly = key.toLowerCase() === meant.toLowerCase();
  return `Schreiben Sie „${meant}:“ statt „${key}:“${caseOnly ? ' – Feldnamen werden kleingeschrieben' : ''}.`;
}

/** The finding for a key the schema does not know at `parent`; `allowed` are the keys it knows there. */
export function unknownKeyFinding(parent: string, key: string, allowed: string[]): SchemaFinding {
  const meant = suggestKey(key, allowed);
  return {
    code: CODES.unknownKey,
    message: `Unbekanntes Feld „${key}“.${meant ? ` Meinten Sie „${meant}“?` : ''}`,
    hint: meant ? spellingHint(key, meant) : allowed.length ? `Erlaubt sind hier: ${allowed.join(', ')}.` : undefined,
    path: childPointer(parent, key),
    anchor: 'key',
    meant: meant === undefined ? undefined : childPointer(parent, meant),
  };
}

/**
 * A key of `data` that is not one of `known` but a typo of the missing field `missing` — found even where
 * the schema allows any further key (the document's top level, where „art“ chooses the schema).
 */
export function misspeltKeyFor(missing: string, data: unknown, known: string[]): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const candidates = Object.keys(data).filter((key) => !known.includes(key));
  return candidates.find((key) => suggestKey(key, [missing]) === missing);
}
