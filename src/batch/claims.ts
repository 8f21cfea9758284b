// Which spec writes which output file in one batch. Two specs can name the same file (the same
// Vorlagen-Nr., or numbers that become the same safe file name); the first in file order keeps it, and
// the other fails instead of overwriting it, so a DOCX and a PDF never come from different specs.
// The batch's own thread decides, in the order the jobs were started (file order), each job once the
// outputs of every earlier one are known: so the same batch keeps the same files, with any number of
// workers, however fast each document happens to be.
import { resolve } from 'node:path';
import { displayPath } from '../paths.js';
import { CODES, fileError, type Diagnostic } from '../spec/diagnostics.js';
import type { JobResult } from './job.js';
import type { NamedAt } from '../resolve/output-name.js';
import { sourceKey, sourceLabel, type JobSource } from './source-key.js';

/** An output file that an earlier spec of the batch writes. */
export interface Taken {
  output: string;
  owner: string;
}

export class OutputClaims {
  /** Each output's owner: its key, and its name for a message. */
  private readonly owners = new Map<string, { key: string; label: string }>();
  private turn: Promise<unknown> = Promise.resolve();

  /**
   * Waits for a job's outputs and, after every job started earlier, claims them all for `source`, or none
   * when one belongs to another spec already. Resolves to the job's state and that output, if any.
   */
  inTurn<T extends { outputs: readonly string[] }>(source: JobSource, pending: Promise<T>): Promise<{ value: T; taken: Taken | undefined }> {
    const claimed = this.turn.then(async () => {
      const value = await pending;
      return { value, taken: this.claim(value.outputs, source) };
    });
    this.turn = claimed.catch(() => undefined); // a job that crashed claims nothing
    return claimed;
  }

  private claim(outputs: readonly string[], source: JobSource): Taken | undefined {
    const claimant = { key: sourceKey(source), label: sourceLabel({ ...source, file: displayPath(resolve(source.file)) }) };
    for (const output of outputs) {
      const owner = this.owners.get(resolve(output));
      if (owner !== undefined && owner.key !== claimant.key) return { output, owner: owner.label };
    }
    for (const output of outputs) this.owners.set(resolve(output), claimant);
    return undefined;
  }
}

/** A job that may not write its files, because an earlier spec of the batch writes `taken`. */
export function refused(result: Pick<JobResult, 'file' | 'copy' | 'diagnostics' | 'ms' | 'namedAt'>, taken: Taken): JobResult {
  const diagnostics = [...result.diagnostics, atName(sameOutput(result.file, taken), result.namedAt)];
  return { file: result.file, copy: result.copy, status: 'failed', outputs: [], diagnostics, ms: result.ms };
}

/** A finding about a spec's output files, at the field that names them (else at the spec's start). */
export function atName(diagnostic: Diagnostic, namedAt: NamedAt | undefined): Diagnostic {
  return namedAt ? { ...diagnostic, ...namedAt } : diagnostic;
}

function sameOutput(file: string, taken: Taken): Diagnostic {
  return fileError(
    CODES.sameOutput,
    file,
    `„${taken.output}“ wird in diesem Lauf schon aus „${taken.owner}“ erzeugt, das in der Reihenfolge der Dateien vorn steht; diese Vorlage würde die Datei überschreiben und wurde nicht geschrieben.`,
    'Der Dateiname entsteht aus der Vorlagen-Nr. (oder dem Dateinamen der Vorlage). Geben Sie einer der beiden Vorlagen eine andere Nummer.',
  );
}
