// `ratsvorlage render`: check each spec, write DOCX and PDF atomically, report what was made.
import { isAbsolute, join, relative, resolve } from 'node:path';
import { renderFile, type Format } from '../../index.js';
import { hasErrors } from '../../spec/diagnostics.js';
import { writeFileAtomic } from '../../batch/atomic-write.js';
import { EXIT } from '../errors.js';
import { printDiagnostics, summary, type Output } from '../report.js';
import { count, parseFormats, specFiles, type Command } from './shared.js';

/** A path as the user would type it: relative to the current folder when inside it. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(path);
}

/** Renders one file and writes its outputs; returns the written paths, or undefined when it failed. */
export async function renderAndWrite(file: string, formats: Format[], outDir: string, output: Output): Promise<string[] | undefined> {
  const result = await renderFile(file, formats);
  printDiagnostics(result.diagnostics, output);
  if (!result.target || hasErrors(result.diagnostics)) {
    output.err(`✗ ${file}: nicht erzeugt (${summary(count(result.diagnostics, 'error'), count(result.diagnostics, 'warning'))})`);
    return undefined;
  }
  const written: string[] = [];
  for (const format of formats) {
    const path = join(outDir, `${result.target}.${format}`);
    await writeFileAtomic(path, result.outputs[format]!);
    written.push(displayPath(path));
  }
  return written;
}

export const render: Command = async (options, output) => {
  const formats = parseFormats(options.format);
  const outDir = options.out ?? 'out';
  const files = await specFiles(options);
  let failed = 0;
  for (const file of files) {
    const written = await renderAndWrite(file, formats, outDir, output);
    if (written) output.out(`✓ ${file} → ${written.join(', ')}`);
    else failed++;
  }
  if (files.length > 1) output.out(`${files.length - failed} von ${files.length} Vorlagen erzeugt.`);
  return failed > 0 ? EXIT.invalidInput : EXIT.ok;
};
