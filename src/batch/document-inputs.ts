// What one document of a batch is made from, gathered before it is rendered, so that `--nur-geaenderte`
// can tell whether anything changed since the last render (see fingerprint.ts).
import { loadWithBasis } from '../spec/basis.js';
import type { LoadedSpec } from '../spec/load.js';
import { isFile, namedFile, namedFiles } from '../spec/referenced-file.js';
import { profileDirOf } from '../profile/load.js';
import type { DocumentInputs } from './fingerprint.js';

function kommuneOf(data: unknown): string | undefined {
  const value = (data as { kommune?: unknown } | undefined)?.kommune;
  return typeof value === 'string' ? value : undefined;
}

/**
 * The spec's merged fields, the files it names, and the profiles of the municipalities it shows. A
 * Jahresbericht shown in the Sachlage is a spec of its own: its bases and its municipality's profile count
 * too. Only files count (a wrong `jahresbericht: ""` names the folder; validation reports it).
 */
export function documentInputs(source: LoadedSpec): DocumentInputs {
  const report = namedFile(source, 'jahresbericht');
  const embedded = report && isFile(report) ? loadWithBasis(report) : undefined;
  const files = [...namedFiles(source), ...(embedded?.files ?? [])].filter(isFile);
  const kommunen = [kommuneOf(source.data), kommuneOf(embedded?.data)].flatMap((kommune) => kommune ?? []);
  return {
    fields: source.data,
    files: [...new Set(files)],
    profileDirs: [...new Set(kommunen)].flatMap((kommune) => profileDirOf(kommune) ?? []),
  };
}
