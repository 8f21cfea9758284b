// What the commands share: options, format and file arguments, counting diagnostics.
import { basename } from 'node:path';
import type { Diagnostic } from '../../spec/diagnostics.js';
import { FORMATS, isFormat, type Format } from '../../writers/index.js';
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

export /** A path as one word for the shell, quoted when it holds spaces or other special characters. */
function shellWord(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}

export function parseFormats(list: string | undefined): Format[] {
  if (list === undefined) return [...FORMATS];
  const names = list.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !isFormat(n));
  if (unknown.length || names.length === 0) {
    throw new UsageError(`Unbekanntes Format „${unknown.join(', ') || list}“. Möglich sind: ${FORMATS.join(', ')}.`);
  }
  return names as Format[];
}

/** A shared base („_gemeinsam.yaml“) is no document of its own, also when named (as a shell's *.yaml does). */
const isBase = (file: string) => basename(file).startsWith('_');

/** The spec files the arguments name; named bases are passed over with a note on the error channel. */
export async function specFiles(options: Options, output: Output): Promise<string[]> {
  if (options.positionals.length === 0) throw new UsageError('Bitte geben Sie mindestens eine Datei oder einen Ordner an.');
  const named = await expandInputs(options.positionals);
  const bases = named.filter(isBase);
  for (const base of bases) {
    output.err(`Hinweis: „${base}“ ist eine gemeinsame Basis (der Name beginnt mit „_“); sie wird mit den Vorlagen geprüft und erzeugt, die sie unter „basis:“ nennen.`);
  }
  const files = named.filter((file) => !isBase(file));
  if (files.length === 0) {
    throw new UsageError(bases.length ? 'Es wurden nur gemeinsame Basen angegeben. Geben Sie die Vorlagen an, die darauf aufbauen, oder ihren Ordner.' : `In ${options.positionals.join(', ')} liegt keine .yaml-Datei.`);
  }
  return files;
}

export const count = (all: Diagnostic[], severity: Diagnostic['severity']) => all.filter((d) => d.severity === severity).length;

