// `ratsvorlage validate`: every finding of every file, for people or (--json) for tools.
import { loadWithBasis, prepare } from '../../index.js';
import { hasErrors, type Diagnostic } from '../../spec/diagnostics.js';
import { EXIT } from '../errors.js';
import { printDiagnostics, summary } from '../report.js';
import { count, specFiles, type Command } from './shared.js';

export const validate: Command = async (options, output) => {
  const files = await specFiles(options, output);
  const all: Diagnostic[] = [];
  for (const file of files) {
    const { diagnostics, documents } = await prepare(loadWithBasis(file));
    all.push(...diagnostics);
    if (!options.json) {
      printDiagnostics(diagnostics, output);
      const errors = count(diagnostics, 'error');
      const made = documents.length > 1 ? `, ergibt ${documents.length} Dokumente` : '';
      output.out(errors ? `✗ ${file}: ${summary(errors, count(diagnostics, 'warning'))}` : `✓ ${file}: gültig${made}${diagnostics.length ? ` (${summary(0, diagnostics.length)})` : ''}`);
    }
  }
  if (options.json) output.out(JSON.stringify({ diagnostics: all }, null, 2));
  return hasErrors(all) ? EXIT.invalidInput : EXIT.ok;
};
