// Files a spec names by path (its basis, a partner list, a Jahresbericht): why one cannot be used,
// said at the line that names it, with a file of a similar name in that folder as a suggestion.
import { readdirSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nearestName } from './suggest.js';
import type { Diagnostic } from './diagnostics.js';
import type { LoadedSpec } from './load.js';

/** The file's status, or undefined when there is none (also for a path through a file or one too long). */
function statIfAny(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export const isFile = (path: string): boolean => statIfAny(path)?.isFile() === true;

/** The files a spec names beside its bases (a Jahresbericht, a partner list, a list of copies), as paths. */
export function namedFiles(source: LoadedSpec): string[] {
  return NAMED_FILE_KEYS.flatMap((key) => namedFile(source, key) ?? []);
}

/** The file a spec names under `key`, relative to the file where it is written (the spec or its base). */
export function namedFile(source: LoadedSpec, key: (typeof NAMED_FILE_KEYS)[number]): string | undefined {
  const name = ((source.data ?? {}) as Record<string, unknown>)[key];
  return typeof name === 'string' ? join(dirname(source.locate(`/${key}`).file), name) : undefined;
}

const NAMED_FILE_KEYS = ['jahresbericht', 'partner_datei', 'ausfertigungen_datei'] as const;

const RELATIVE = 'Der Pfad gilt relativ zum Ordner der Datei, in der er steht.';

/** A file in the same folder whose name differs by a few letters („_basis.yml“ for „_basis.yaml“). */
function similarFile(path: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return undefined;
  }
  if (names.length === 0) return undefined;
  return nearestName(basename(path), names);
}

/**
 * What is wrong with a named file, or undefined when it is a readable file: it is missing or a folder.
 * `what` names it in a sentence („Die Basisdatei“), `name` is the path as written in the spec.
 */
export function referencedFileProblem(path: string, name: string, what: string): Pick<Diagnostic, 'message' | 'hint'> | undefined {
  const stats = statIfAny(path);
  if (stats?.isFile()) return undefined;
  if (stats) return { message: `${what} „${name}“ ist ein Ordner, keine Datei.`, hint: `Geben Sie den Namen der Datei in diesem Ordner an. ${RELATIVE}` };
  const similar = similarFile(path);
  return {
    message: `${what} „${name}“ gibt es nicht (gesucht: ${path}).`,
    hint: similar ? `Meinten Sie „${similar}“? ${RELATIVE}` : RELATIVE,
  };
}
