// Which spec writes which output file in one batch. Two specs can name the same file (the same
// Vorlagen-Nr., or numbers that become the same safe file name); the first to claim a file keeps it, and
// the second fails instead of overwriting it, so a DOCX and a PDF never come from different specs.
// Claims are files created exclusively in a folder of the batch, so workers need no messages to agree.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { displayPath } from '../paths.js';

function claimFile(claimsDir: string, output: string): string {
  return join(claimsDir, createHash('sha256').update(resolve(output)).digest('hex').slice(0, 32));
}

/** Claims `outputs` for `source`; returns the output and the other spec that has it, if one does. */
export function claimOutputs(outputs: readonly string[], source: string, claimsDir: string): { output: string; owner: string } | undefined {
  mkdirSync(claimsDir, { recursive: true });
  const claimant = resolve(source);
  for (const output of outputs) {
    const file = claimFile(claimsDir, output);
    try {
      writeFileSync(file, claimant, { flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readFileSync(file, 'utf8');
      if (owner !== claimant) return { output, owner: displayPath(owner) };
    }
  }
  return undefined;
}
