// `ratsvorlage validate`: every finding of every file, for people or (--json) for tools.
import { validateFile } from '../../index.js';
import { hasErrors, type Diagnostic } from '../../spec/diagnostics.js';
import { EXIT } from '../errors.js';
import { printDiagnostics, summary } from '../report.js';
import { count, specFiles, type Command } from './shared.js';

export const validate: Command = async (options, output) => {
  const files = await specFiles(options, output);
  const all: Diagnostic[] = [];
  for (const file of files) {
    const diagnostics = await validateFile(file);
    all.push(...diagnostics);
    if (!options.json) {
      printDiagnostics(diagnostics, output);
      const errors = count(diagnostics, 'error');
      output.out(errors ? `✗ ${file}: ${summary(errors, count(diagnostics, 'warning'))}` : `✓ ${file}: gültig${diagnostics.length ? ` (${summary(0, diagnostics.length)})` : ''}`);
    }
  }
  if (options.json) output.out(JSON.stringify({ diagnostics: all }, null, 2));
  return hasErrors(all) ? EXIT.invalidInput : EXIT.ok;
};
