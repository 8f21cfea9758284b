// Validates loaded spec data against the JSON Schema of its kind, then runs the semantic rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { CODES, type Diagnostic } from './diagnostics.js';
import { isDate } from './formats.js';
import type { LoadedSpec } from './load.js';
import { translateSchemaError, type SchemaFinding } from './schema-messages.js';
import { runRules } from './rules/index.js';
import { SCHEMA_DIR } from '../paths.js';

const validators = new Map<string, ValidateFunction>();

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true });
  ajv.addFormat('datum', { type: 'string', validate: isDate });
  return ajv;
}

const ajv = createAjv();

/** Compiles a schema from schemas/ once per process. */
export function schemaValidator(name: string): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8'));
    validate = ajv.compile(schema);
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
  return withoutEchoes((validate.errors ?? []).map(translateSchemaError)).map((finding) => {
    const { anchor, meant: _meant, ...rest } = finding;
    return { ...rest, severity: 'error' as const, file: spec.file, ...positionOf(spec, finding.path, anchor) };
  });
}

function positionOf(spec: LoadedSpec, path: string, anchor: SchemaFinding['anchor']) {
  if (anchor === 'key') return spec.positions.ofKey(path);
  if (anchor === 'parent') return spec.positions.ofValue(path.slice(0, path.lastIndexOf('/')));
  return spec.positions.ofValue(path);
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

/** All findings for a loaded spec: YAML problems, schema errors, then semantic rules. */
export function validateSpec(spec: LoadedSpec): Diagnostic[] {
  if (spec.diagnostics.length > 0) return spec.diagnostics;
  const schemaFindings = schemaDiagnostics(spec, 'vorlage.schema.json');
  if (schemaFindings.length > 0) return schemaFindings;
  return runRules(spec);
}
