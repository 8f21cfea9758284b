// Files a spec names by path (its basis, a partner list, a Jahresbericht): why one cannot be used,
// said at the line that names it, with a file of a similar name in that folder as a suggestion.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import type { Diagnostic } from './diagnostics.js';

const RELATIVE = 'Der Pfad gilt relativ zum Ordner dieser Vorlage.';

/** A file in the same folder whose name differs by a few letters („_basis.yml“ for „_basis.yaml“). */
function similarFile(path: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return undefined;
  }
  if (names.length === 0) return undefined;
  const name = basename(path);
  const best = closest(name, names);
  return distance(name, best) <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
}

/**
 * What is wrong with a named file, or undefined when it is a readable file: it is missing or a folder.
 * `what` names it in a sentence („Die Basisdatei“), `name` is the path as written in the spec.
 */
export function referencedFileProblem(path: string, name: string, what: string): Pick<Diagnostic, 'message' | 'hint'> | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats?.isFile()) return undefined;
  if (stats) return { message: `${what} „${name}“ ist ein Ordner, keine Datei.`, hint: `Geben Sie den Namen der Datei in diesem Ordner an. ${RELATIVE}` };
  const similar = similarFile(path);
  return {
    message: `${what} „${name}“ gibt es nicht (gesucht: ${path}).`,
    hint: similar ? `Meinten Sie „${similar}“? ${RELATIVE}` : RELATIVE,
  };
}
