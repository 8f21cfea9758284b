// Unknown keys and the field they were probably meant to be: „Art:“ for „art:“, „betref:“ for „betreff:“.
import { CODES } from './diagnostics.js';
import { childPointer } from './positions.js';
import type { SchemaFinding } from './schema-messages.js';
import { nearestName } from './suggest.js';

/** How to write the meant key, saying why when only the case differs. */
function spellingHint(key: string, meant: string): string {
  const caseOnly = key.toLowerCase() === meant.toLowerCase();
  return `Schreiben Sie „${meant}:“ statt „${key}:“${caseOnly ? ' – Feldnamen werden kleingeschrieben' : ''}.`;
}

/** A no-break space (pasted from Word) before a key: YAML reads it as part of the name, not as indentation. */
const PASTED_INDENT = /^[ \u00a0\u2007\u202f]*[\u00a0\u2007\u202f][ \u00a0\u2007\u202f]*/;

function pastedIndentFinding(parent: string, key: string): SchemaFinding {
  const name = key.replace(PASTED_INDENT, '');
  return {
    code: CODES.unknownKey,
    message: `Vor dem Feldnamen „${name}“ steht ein geschütztes Leerzeichen (etwa aus Word kopiert); YAML liest es als Teil des Namens, nicht als Einrückung.`,
    hint: `Löschen Sie den Abstand vor „${name}:“; zum Einrücken nehmen Sie die Leertaste.`,
    path: childPointer(parent, key),
    anchor: 'key',
  };
}

/** The finding for a key the schema does not know at `parent`; `allowed` are the keys it knows there. */
export function unknownKeyFinding(parent: string, key: string, allowed: string[]): SchemaFinding {
  if (PASTED_INDENT.test(key)) return pastedIndentFinding(parent, key);
  const meant = nearestName(key, allowed);
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
  return candidates.find((key) => nearestName(key, [missing]) === missing);
}
