// The schemas in schemas/ and the one ajv configuration that compiles them, shared by validation at run
// time (validate.ts) and by the build step that turns them into ready JavaScript (build-validators.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Ajv2020, Options } from 'ajv/dist/2020.js';
import { SCHEMA_DIR } from '../paths.js';
import { SCHEMA_FORMATS } from './formats.js';

// strictRequired would refuse a `required` inside `then` (a document's fields are required only where it
// has no `basis`); test/schemas.test.ts checks instead that every required field is defined.
const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true };

export interface SchemaFile {
  name: string;
  text: string;
}

export function schemaFiles(): SchemaFile[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(SCHEMA_DIR, name), 'utf8') }));
}

/** Identifies the schemas' exact text, so prebuilt validators are only used for the schemas they came from. */
export function schemaHash(files: SchemaFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.name).update('\0').update(file.text).update('\0');
  return hash.digest('hex');
}

const require = createRequire(import.meta.url);

/**
 * One ajv instance knowing every schema, so they can refer to each other by file name. ajv itself is
 * loaded only here (30 ms): with the validators prebuilt at build time a process never needs it.
 */
export function createAjv(files: SchemaFile[], options: Options = {}): Ajv2020 {
  const ajvModule = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const ajv = new ajvModule.Ajv2020({ ...AJV_OPTIONS, ...options });
  for (const [name, format] of Object.entries(SCHEMA_FORMATS)) ajv.addFormat(name, format);
  for (const file of files) ajv.addSchema(JSON.parse(file.text), file.name);
  return ajv;
}
