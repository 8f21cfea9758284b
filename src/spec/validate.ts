// Validates loaded spec data against the JSON Schema of its kind, then runs the semantic rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { CODES, type Diagnostic } from './diagnostics.js';
import { isDate } from './formats.js';
import type { LoadedSpec } from './load.js';
import { translateSchemaError, type SchemaFinding } from './schema-messages.js';
import { SCHEMA_DIR } from '../paths.js';

function isRegex(text: string): boolean {
  try {
    new RegExp(text, 'u');
    return true;
  } catch {
    return false;
  }
}

const validators = new Map<string, ValidateFunction>();
let ajv: Ajv2020 | undefined;

/** One ajv instance knowing every schema in schemas/, so they can refer to each other by file name. */
function createAjv(): Ajv2020 {
  const instance = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  instance.addFormat('datum', { type: 'string', validate: isDate });
  instance.addFormat('regex', { type: 'string', validate: isRegex });
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort()) {
    instance.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')), file);
  }
  return instance;
}

/** The compiled validator for a schema file in schemas/, compiled once per process. */
export function schemaValidator(name: string): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    ajv ??= createAjv();
    validate = ajv.getSchema(name);
    if (!validate) throw new Error(`schema ${name} not found in ${SCHEMA_DIR}`);
    validators.set(name, validate);
  }
  return validate;
}

/** Schema findings for any data loaded with positions (specs and profiles alike). */
export function schemaDiagnostics(spec: LoadedSpec, schemaName: string): Diagnostic[] {
  if (spec.data === undefined) return [];
  if (typeof spec.data !== 'object' || spec.data === null || Array.isArray(spec.data)) {
    return [
      {
        code: CODES.notAMapping,
        severity: 'error',
        message: 'Die Datei enthält keine Felder der Form „feld: wert“.',
        file: spec.file,
        line: 1,
        column: 1,
        path: '',
        hint: 'Eine Vorlage beginnt mit Zeilen wie „art: beschlussvorlage“ und „betreff: …“.',
      },
    ];
  }
  const validate = schemaValidator(schemaName);
  if (validate(spec.data)) return [];
  // "if/then" only dispatches on `art`; the errors inside the chosen schema say what is wrong.
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  return withoutEchoes(errors.map(translateSchemaError)).map((finding) => {
    const { anchor, meant: _meant, ...rest } = finding;
    return { ...rest, severity: 'error' as const, ...spec.locate(finding.path, anchor) };
  });
}

/** Drops repeated findings, and "field missing" where a misspelled key already explains it. */
function withoutEchoes(findings: SchemaFinding[]): SchemaFinding[] {
  const explained = new Set(findings.flatMap((f) => (f.meant ? [f.meant] : [])));
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}${f.path}${f.message}`;
    if (seen.has(key) || (f.code === CODES.required && explained.has(f.path))) return false;
    seen.add(key);
    return true;
  });
}
