// Two copies of one Vorlage whose documents would get one file: the same municipality listed twice
// with the same Vorlagen-Nr., or twice without an assigned one (then the spec's file names both).
// Found while validating, from the file names render will use (output-name.ts), at the later copy's
// Vorlagen-Nr. (else its municipality), in the list or the spreadsheet row where it was written.
import { displayPath } from '../paths.js';
import { CODES, type Diagnostic } from '../spec/diagnostics.js';
import type { LoadedSpec } from '../spec/load.js';
import { nameFieldAt, type NamedAt } from './output-name.js';

/** A copy of a Vorlage and the files (without extension) its documents go to. */
export interface CopyTargets {
  source: LoadedSpec;
  targets: readonly string[];
}

/** The place that gives a copy its file name: its Vorlagen-Nr., else its municipality. */
function namedAt(source: LoadedSpec): NamedAt {
  return nameFieldAt(source) ?? { ...source.locate('/kommune'), path: '/kommune' };
}

function clash(second: CopyTargets, first: CopyTargets, target: string): Diagnostic {
  const at = namedAt(second.source);
  const firstAt = namedAt(first.source);
  const where = firstAt.file === at.file ? `Zeile ${firstAt.line}` : `${displayPath(firstAt.file)}, Zeile ${firstAt.line}`;
  const numbered = at.path !== '/kommune';
  return {
    code: CODES.sameOutput,
    severity: 'error',
    message: `Diese Ausfertigung bekäme dieselbe Datei „${target}“ wie die Ausfertigung in ${where}; die eine würde die andere überschreiben.`,
    hint: numbered
      ? 'Der Dateiname entsteht aus Kommune und Vorlagen-Nr.: Geben Sie jeder Ausfertigung einer Kommune ihre eigene Vorlagen-Nr., oder streichen Sie die doppelte Ausfertigung.'
      : 'Ohne vergebene Vorlagen-Nr. heißt die Datei wie die Vorlage: Geben Sie den Ausfertigungen einer Kommune je eine eigene Vorlagen-Nr., oder streichen Sie die doppelte Ausfertigung.',
    ...at,
  };
}

/** An error for each copy with a document that would go to the file of an earlier copy's document. */
export function duplicateCopies(copies: readonly CopyTargets[]): Diagnostic[] {
  const owners = new Map<string, CopyTargets>();
  return copies.flatMap((copy) => {
    const taken = copy.targets.find((target) => owners.has(target));
    if (taken !== undefined) return [clash(copy, owners.get(taken)!, taken)];
    for (const target of copy.targets) owners.set(target, copy);
    return [];
  });
}
