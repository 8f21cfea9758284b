// What the commands share: options, format and file arguments, counting diagnostics.
import { FORMATS, type Format } from '../../index.js';
import type { Diagnostic } from '../../spec/diagnostics.js';
import { isFormat } from '../../writers/index.js';
import { UsageError } from '../errors.js';
import { expandInputs } from '../inputs.js';
import type { Output } from '../report.js';

export interface Options {
  positionals: string[];
  format?: string;
  out?: string;
  json?: boolean;
  kommune?: string;
  jobs?: string;
  quiet?: boolean;
  'nur-geaenderte'?: boolean;
}

export type Command = (options: Options, output: Output) => Promise<number>;

export function parseFormats(list: string | undefined): Format[] {
  if (list === undefined) return [...FORMATS];
  const names = list.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !isFormat(n));
  if (unknown.length || names.length === 0) {
    throw new UsageError(`Unbekanntes Format „${unknown.join(', ') || list}“. Möglich sind: ${FORMATS.join(', ')}.`);
  }
  return names as Format[];
}

export async function specFiles(options: Options): Promise<string[]> {
  if (options.positionals.length === 0) throw new UsageError('Bitte geben Sie mindestens eine Datei oder einen Ordner an.');
  const files = await expandInputs(options.positionals);
  if (files.length === 0) throw new UsageError(`In ${options.positionals.join(', ')} liegt keine .yaml-Datei.`);
  return files;
}

export const count = (all: Diagnostic[], severity: Diagnostic['severity']) => all.filter((d) => d.severity === severity).length;

