// The commands: thin layers that parse options, call the library, print, and return an exit code.
import { join, relative } from 'node:path';
import { FORMATS, renderFile, validateFile, type Format } from '../index.js';
import { hasErrors, type Diagnostic } from '../spec/diagnostics.js';
import { isFormat } from '../writers/index.js';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { EXIT, UsageError } from './errors.js';
import { HELP } from './help.js';
import { expandInputs } from './inputs.js';
import { printDiagnostics, summary, type Output } from './report.js';

export interface Options {
  positionals: string[];
  format?: string;
  out?: string;
  json?: boolean;
}

export type Command = (options: Options, output: Output) => Promise<number>;

function parseFormats(list: string | undefined): Format[] {
  if (list === undefined) return [...FORMATS];
  const names = list.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !isFormat(n));
  if (unknown.length || names.length === 0) {
    throw new UsageError(`Unbekanntes Format „${unknown.join(', ') || list}“. Möglich sind: ${FORMATS.join(', ')}.`);
  }
  return names as Format[];
}

async function specFiles(options: Options): Promise<string[]> {
  if (options.positionals.length === 0) throw new UsageError('Bitte geben Sie mindestens eine Datei oder einen Ordner an.');
  const files = await expandInputs(options.positionals);
  if (files.length === 0) throw new UsageError(`In ${options.positionals.join(', ')} liegt keine .yaml-Datei.`);
  return files;
}

const count = (all: Diagnostic[], severity: Diagnostic['severity']) => all.filter((d) => d.severity === severity).length;

const render: Command = async (options, output) => {
  const formats = parseFormats(options.format);
  const outDir = options.out ?? 'out';
  const files = await specFiles(options);
  let failed = 0;
  for (const file of files) {
    const result = await renderFile(file, formats);
    printDiagnostics(result.diagnostics, output);
    if (!result.target || hasErrors(result.diagnostics)) {
      failed++;
      output.err(`✗ ${file}: nicht erzeugt (${summary(count(result.diagnostics, 'error'), count(result.diagnostics, 'warning'))})`);
      continue;
    }
    const written: string[] = [];
    for (const format of formats) {
      const path = join(outDir, `${result.target}.${format}`);
      await writeFileAtomic(path, result.outputs[format]!);
      written.push(relative(process.cwd(), path) || path);
    }
    output.out(`✓ ${file} → ${written.join(', ')}`);
  }
  if (files.length > 1) output.out(`${files.length - failed} von ${files.length} Vorlagen erzeugt.`);
  return failed > 0 ? EXIT.invalidInput : EXIT.ok;
};

const validate: Command = async (options, output) => {
  const files = await specFiles(options);
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

const help: Command = async (_, output) => {
  output.out(HELP);
  return EXIT.ok;
};

export const COMMANDS: Record<string, Command> = { render, validate, help };
