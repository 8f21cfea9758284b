// Validates loaded spec data against the JSON Schema of its kind, then runs the semantic rules.
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { CODES, inSpreadsheet, type Diagnostic } from './diagnostics.js';
import type { LoadedSpec } from './load.js';
import { translateSchemaError, type SchemaFinding } from './schema-messages.js';
import { createAjv, schemaFiles, schemaHash, type SchemaFile } from './schema-registry.js';
import { SCHEMA_DIR } from '../paths.js';

export interface PrebuiltValidators {
  SCHEMA_HASH: string;
  VALIDATORS: Record<string, ValidateFunction>;
}

/** Prebuilt validators are only used for exactly the schema files they were built from. */
export function usableValidators(prebuilt: PrebuiltValidators, files: SchemaFile[]): Record<string, ValidateFunction> | undefined {
  return prebuilt.SCHEMA_HASH === schemaHash(files) ? prebuilt.VALIDATORS : undefined;
}

/** The validators compiled at build time (see build-validators.ts), if they match the schemas on disk. */
async function prebuiltValidators(files: SchemaFile[]): Promise<Record<string, ValidateFunction> | undefined> {
  try {
    const prebuilt = (await import(new URL('./validators.generated.js', import.meta.url).href)) as PrebuiltValidators;
    return usableValidators(prebuilt, files);
  } catch {
    return undefined; // running from the TypeScript sources, or not built yet
  }
}

// Read once: hashed to check the prebuilt validators, and compiled from only when they do not match.
const files = schemaFiles();
const prebuilt = await prebuiltValidators(files);
const validators = new Map<string, ValidateFunction>(Object.entries(prebuilt ?? {}));
let ajv: ReturnType<typeof createAjv> | undefined;

/** The validator for a schema file in schemas/: prebuilt, or compiled once per process. */
export function schemaValidator(name: string): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    ajv ??= createAjv(files);
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
  // "if/then" dispatches on `art` and asks for the required fields where there is no `basis`; the errors
  // inside the `then` say what is wrong, the `if` error itself says nothing to a user.
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  return withoutEchoes(errors.map(translateSchemaError)).map((finding) => {
    const { anchor, meant: _meant, inCell, ...rest } = finding;
    const at = spec.locate(finding.path, anchor);
    const cell = inSpreadsheet(at.file) ? withoutUnset(inCell) : {};
    return { ...rest, severity: 'error' as const, ...cell, ...at };
  });
}

/** The fields of `value` that are set (a cell's wording replaces only what it has). */
const withoutUnset = <T extends object>(value: T | undefined): Partial<T> =>
  Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;

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
