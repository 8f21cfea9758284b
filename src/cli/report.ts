// Printing diagnostics for people (German lines) or for tools (--json).
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../spec/diagnostics.js';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const consoleOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export function printDiagnostics(diagnostics: Diagnostic[], output: Output): void {
  for (const d of sortDiagnostics(diagnostics)) output.err(formatDiagnostic(d));
}

export function summary(errors: number, warnings: number): string {
  const parts = [`${errors} Fehler`, `${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}`];
  return parts.join(', ');
}
