// `ratsvorlage schema [art]`: prints a JSON Schema, e.g. for editors or other tools.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMA_DIR } from '../../paths.js';
import { ARTEN } from '../../spec/types.js';
import { EXIT, UsageError } from '../errors.js';
import type { Command } from './shared.js';

const NAMES = ['vorlage', ...ARTEN, 'kommune', 'gemeinsam'];

export const schema: Command = async (options, output) => {
  const [name = 'vorlage', ...extra] = options.positionals;
  if (!NAMES.includes(name) || extra.length > 0) {
    throw new UsageError(`Unbekanntes Schema „${[name, ...extra].join(' ')}“. Möglich sind: ${NAMES.join(', ')}.`);
  }
  output.out((await readFile(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8')).trimEnd());
  return EXIT.ok;
};
