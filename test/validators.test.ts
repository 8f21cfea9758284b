// The validators compiled at build time (dist/src/spec/validators.generated.js) must judge every spec
// and profile exactly as ajv does when it compiles the schemas at run time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { parseSpec } from '../src/spec/load.js';
import { createAjv, schemaFiles, schemaHash } from '../src/spec/schema-registry.js';
import { usableValidators, type PrebuiltValidators } from '../src/spec/validate.js';

const yamlBelow = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));

const specs = [...yamlBelow('examples'), ...yamlBelow('test/fixtures/invalid')].filter((f) => !f.endsWith('alias-bomb.yaml'));
const profiles = [...yamlBelow('templates/kommunen'), ...yamlBelow('test/fixtures/kommunen'), ...yamlBelow('test/fixtures/kommunen-fehlerhaft')];

const verdict = (validate: ValidateFunction, data: unknown) => ({
  valid: validate(data),
  errors: (validate.errors ?? []).map(({ instancePath, schemaPath, keyword, params }: ErrorObject) => ({ instancePath, schemaPath, keyword, params })),
});

describe('prebuilt validators', async () => {
  const generated = (await import('../dist/src/spec/validators.generated.js' as string)) as PrebuiltValidators;
  const files = schemaFiles();
  const ajv = createAjv(files);

  it('were built from the schemas as they are now', () => {
    expect(generated.SCHEMA_HASH).toBe(schemaHash(files));
    expect(Object.keys(generated.VALIDATORS)).toEqual(files.map((f) => f.name));
  });

  it('are not used once a schema file has changed', () => {
    expect(usableValidators(generated, files)).toBe(generated.VALIDATORS);
    const edited = files.map((f) => (f.name === 'kommune.schema.json' ? { ...f, text: f.text.replace('"type"', ' "type"') } : f));
    expect(edited.some((f, i) => f.text !== files[i]!.text)).toBe(true);
    expect(usableValidators(generated, edited)).toBeUndefined();
  });

  it.each([
    ['vorlage.schema.json', specs],
    ['kommune.schema.json', profiles],
  ])('judge like run-time ajv (%s)', (schema, list) => {
    expect(list.length).toBeGreaterThan(5);
    let invalid = 0;
    for (const file of list) {
      const data = parseSpec(readFileSync(file, 'utf8'), file).data;
      const expected = verdict(ajv.getSchema(schema)!, data);
      if (!expected.valid) invalid++;
      expect(verdict(generated.VALIDATORS[schema]!, data), file).toEqual(expected);
    }
    expect(invalid).toBeGreaterThan(0);
  });
});
