// The schemas in schemas/ as editors read them (`# yaml-language-server: $schema=…` in every example):
// a file judged as written, before its base is merged in or its copies are made.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../src/spec/load.js';
import { schemaFiles } from '../src/spec/schema-registry.js';
import { schemaValidator } from '../src/spec/validate.js';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every `required` list with the properties it may name: those of its own schema, or, for a `then`
 * (fields required only under a condition), those of the schema around it.
 */
function requiredLists(node: unknown, where: string, around: Node | undefined = undefined): { where: string; required: string[]; defined: string[] }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => requiredLists(item, `${where}/${i}`, around));
  if (!isNode(node)) return [];
  const own = isNode(node.properties) ? node : around;
  const defined = Object.keys((own?.properties as Node | undefined) ?? {});
  const here = Array.isArray(node.required) ? [{ where, required: node.required as string[], defined }] : [];
  return [...here, ...Object.entries(node).flatMap(([key, child]) => requiredLists(child, `${where}/${key}`, key === 'then' ? own : undefined))];
}

const examples = readdirSync('examples', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => join('examples', file));

const editorVerdict = (file: string) => {
  const validate = schemaValidator('vorlage.schema.json');
  const valid = validate(parseSpec(readFileSync(file, 'utf8'), file).data);
  return { valid, missing: (validate.errors ?? []).filter((e) => e.keyword === 'required').map((e) => String(e.params.missingProperty)) };
};

describe('schemas', () => {
  it('require only fields they define (ajv’s strictRequired is off for the conditional lists)', () => {
    const lists = schemaFiles().flatMap((file) => requiredLists(JSON.parse(file.text), file.name));
    expect(lists.length).toBeGreaterThan(10);
    for (const { where, required, defined } of lists) expect(defined, where).toEqual(expect.arrayContaining(required));
  });

  it('accept every example file as written, where a base or a list of copies gives the missing fields', () => {
    const parts = examples.filter((file) => /^(basis|ausfertigungen(_datei)?):/m.test(readFileSync(file, 'utf8')));
    expect(parts.length).toBeGreaterThanOrEqual(7);
    // A base (`_gemeinsam.yaml`) is not a Vorlage of its own: an editor misses the municipality there.
    for (const file of examples.filter((f) => !basename(f).startsWith('_'))) expect(editorVerdict(file), file).toEqual({ valid: true, missing: [] });
  });

  it('still ask a complete file for every required field', () => {
    const file = 'examples/kreis-coesfeld-sachstand/sachstand-2020.yaml';
    const text = readFileSync(file, 'utf8').replace(/^ausfertigungen_datei: .*\n/m, '');
    const validate = schemaValidator('vorlage.schema.json');
    expect(validate(parseSpec(text, file).data)).toBe(false);
    expect((validate.errors ?? []).filter((e) => e.keyword === 'required').map((e) => e.params.missingProperty)).toEqual(['kommune', 'beratungsfolge']);
  });
});
