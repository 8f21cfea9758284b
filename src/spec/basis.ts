// `basis: ../gemeinsam.yaml`: a spec built on a shared base. Maps merge deeply, lists and plain values
// replace, `~` (null) removes a value of the base. Every value keeps the file and line it was written in.
import { dirname, join, resolve } from 'node:path';
import { referencedFileProblem } from './referenced-file.js';
import { CODES, hasErrors, type Code } from './diagnostics.js';
import { errorAt, failing, loadSpec, type Anchor, type LoadedSpec, type Location } from './load.js';
import { pointerToSegments } from './positions.js';

type Data = Record<string, unknown>;

export const isMap = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep merge: the override wins; maps merge key by key, everything else replaces; null deletes. */
export function mergeSpecs(base: unknown, override: unknown): unknown {
  if (!isMap(base) || !isMap(override)) return override;
  const merged: Data = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === null) delete merged[key];
    else merged[key] = key in base ? mergeSpecs(base[key], value) : value;
  }
  return merged;
}

/** Whether the layer's own data contains the value at the pointer (lists belong wholly to one layer). */
function defines(data: unknown, pointer: string): boolean {
  let node: unknown = data;
  for (const segment of pointerToSegments(pointer)) {
    if (Array.isArray(node)) return true;
    if (!isMap(node) || !(String(segment) in node)) return false;
    node = node[String(segment)];
  }
  return true;
}

const basisProblem = (top: LoadedSpec, code: Code, message: string, hint: string): LoadedSpec => failing(top, [errorAt(top, code, '/basis', message, hint)]);

/** Resolves the `basis` chain of an already parsed spec. */
export function withBasis(top: LoadedSpec, seen: ReadonlySet<string> = new Set()): LoadedSpec {
  if (hasErrors(top.diagnostics) || !isMap(top.data) || top.data.basis === undefined) return top;
  const name = top.data.basis;
  if (typeof name !== 'string' || name.trim() === '') return top; // the schema reports the wrong type
  const file = join(dirname(top.file), name);
  const chain = new Set([...seen, resolve(top.file)]);
  if (chain.has(resolve(file))) {
    return basisProblem(top, CODES.basisCycle, `Die Basis „${name}“ verweist im Kreis auf diese Datei zurück.`, 'Eine Basisdatei darf nicht selbst auf eine Vorlage verweisen, die auf sie aufbaut.');
  }
  const missing = referencedFileProblem(file, name, 'Die Basisdatei');
  if (missing) return { ...basisProblem(top, CODES.basisMissing, missing.message, missing.hint!), awaited: [file] };
  const base = withBasis(loadSpec(file), chain);
  if (hasErrors(base.diagnostics)) {
    return failing(top, base.diagnostics, { files: [...top.files, ...base.files], awaited: base.awaited });
  }
  const { basis: _basis, ...own } = top.data;
  return {
    ...top,
    ...overlay(base, own, top),
    diagnostics: [...base.diagnostics, ...top.diagnostics],
    files: [...top.files, ...base.files],
  };
}

/** Where values are written: the place of the value at a JSON pointer, also inside a text. */
export type Locator = Pick<LoadedSpec, 'locate' | 'locateInText'>;

/**
 * `own` merged over the data of `lower`: the merged data, and a locator that finds each value where it
 * was written, in `upper` (the layer that holds `own`) or in `lower`.
 */
export function overlay(lower: Pick<LoadedSpec, 'data'> & Locator, own: Data, upper: Locator): Pick<LoadedSpec, 'data'> & Locator {
  const layerFor = (pointer: string) => (defines(own, pointer) || !defines(lower.data, pointer) ? upper : lower);
  return {
    data: mergeSpecs(lower.data, own),
    locate: (pointer: string, anchor?: Anchor): Location => layerFor(pointer).locate(pointer, anchor),
    locateInText: (pointer: string, line: number, column: number): Location => layerFor(pointer).locateInText(pointer, line, column),
  };
}

export function loadWithBasis(file: string): LoadedSpec {
  return withBasis(loadSpec(file));
}
