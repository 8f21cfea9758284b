// The one place that names a resolved document's file: render writes it there, and validate reports two
// documents that would share it (RV504: two partners of a Vereinbarung, two copies of a Vorlage), so the
// two can never disagree.
import { join } from 'node:path';
import { documentFileName, fileStem } from '../batch/safe-name.js';
import type { LoadedSpec, Location } from '../spec/load.js';
import { assignedNr } from '../spec/open-vorlagen-nr.js';
import type { ResolvedDocument } from './resolve.js';

/** The field whose value names a spec's output files. */
const NAME_FIELD = '/vorlagen_nr';

/** A place in a spec (or its basis) and the JSON path of the value there. */
export type NamedAt = Location & { path: string };

/** The file name without extension: the Vorlagen-Nr, else the spec file's name, with a copy's suffix („kooperation-verein-a“). */
export function outputFileName(document: Pick<ResolvedDocument, 'outputName' | 'outputSuffix'>, specFile: string): string {
  return documentFileName(document.outputName ?? fileStem(specFile), document.outputSuffix);
}

/** Where a document goes, relative to the output folder and without extension: <kommune>/<safe name>. */
export function outputTarget(document: Pick<ResolvedDocument, 'kommune' | 'outputName' | 'outputSuffix'>, specFile: string): string {
  return join(document.kommune, outputFileName(document, specFile));
}

/**
 * Where the file name comes from: the Vorlagen-Nr. where the spec has one (only Beschluss- and
 * Mitteilungsvorlagen do, and it names their files unless still open), else the spec's own file name
 * (no place inside it).
 */
export function nameFieldAt(source: LoadedSpec): NamedAt | undefined {
  const number = (source.data as { vorlagen_nr?: unknown } | undefined)?.vorlagen_nr;
  return typeof number === 'string' && assignedNr(number) !== undefined ? { ...source.locate(NAME_FIELD), path: NAME_FIELD } : undefined;
}
