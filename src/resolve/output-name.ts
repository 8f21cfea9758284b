// The one place that names a resolved document's file: render writes it there, and validate reports two copies
// of a Vereinbarung that would share it (RV504), so the two can never disagree.
import { documentFileName, fileStem } from '../batch/safe-name.js';
import type { ResolvedDocument } from './resolve.js';

/** The file name without extension: the Vorlagen-Nr, else the spec file's name, with a copy's suffix („kooperation-verein-a“). */
export function outputFileName(document: Pick<ResolvedDocument, 'outputName' | 'outputSuffix'>, specFile: string): string {
  return documentFileName(document.outputName ?? fileStem(specFile), document.outputSuffix);
}
