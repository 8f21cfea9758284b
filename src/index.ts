// The library API: load → validate → resolve → compose → write, as buffers. The CLI is a thin layer on this.
import { basename, extname, join } from 'node:path';
import { sortDiagnostics, type Diagnostic } from './spec/diagnostics.js';
import { parseSpec, type LoadedSpec } from './spec/load.js';
import { loadWithBasis, withBasis } from './spec/basis.js';
import { checkSpec } from './spec/check.js';
import { resolve, type ResolvedDocument } from './resolve/resolve.js';
import { compose } from './compose/compose.js';
import { WRITERS, type Format } from './writers/index.js';
import { safeFileName } from './batch/safe-name.js';
import type { DocumentModel } from './model/types.js';
import type { Theme } from './writers/shared/theme.js';

export type { Diagnostic } from './spec/diagnostics.js';
export type { LoadedSpec } from './spec/load.js';
export { loadWithBasis } from './spec/basis.js';
export type { DocumentModel } from './model/types.js';
export { FORMATS, type Format } from './writers/index.js';

export interface Prepared {
  diagnostics: Diagnostic[];
  /** Present when there are no errors (warnings allowed). */
  resolved?: ResolvedDocument;
}

/** Checks a loaded spec and resolves it against its municipality profile. */
export async function prepare(source: LoadedSpec, env: NodeJS.ProcessEnv = process.env): Promise<Prepared> {
  const { diagnostics, spec, profile, profileDir } = await checkSpec(source);
  const sorted = sortDiagnostics(diagnostics);
  if (!spec || !profile || !profileDir) return { diagnostics: sorted };
  return { diagnostics: sorted, resolved: resolve({ spec, profile, profileDir, env }) };
}

export async function validateFile(file: string): Promise<Diagnostic[]> {
  return (await prepare(await loadWithBasis(file))).diagnostics;
}

export interface Rendered {
  diagnostics: Diagnostic[];
  /** Relative output path without extension: <kommune>/<safe name>. */
  target?: string;
  model?: DocumentModel;
  /** The house style the document was rendered in. */
  theme?: Theme;
  outputs: Partial<Record<Format, Buffer>>;
}

/** Renders an already loaded spec (with its bases) into buffers. */
export async function renderLoaded(spec: LoadedSpec, formats: readonly Format[], env: NodeJS.ProcessEnv = process.env): Promise<Rendered> {
  const { diagnostics, resolved } = await prepare(spec, env);
  if (!resolved) return { diagnostics, outputs: {} };
  const model = compose(resolved);
  const outputs: Partial<Record<Format, Buffer>> = {};
  for (const format of formats) outputs[format] = await WRITERS[format](model, resolved.theme);
  const name = safeFileName(resolved.outputName ?? basename(spec.file, extname(spec.file)));
  return { diagnostics, target: join(resolved.kommune, name), model, theme: resolved.theme, outputs };
}

/** Renders one spec file into buffers (nothing is written). */
export async function renderFile(
  file: string,
  formats: readonly Format[] = ['docx', 'pdf'],
  env: NodeJS.ProcessEnv = process.env,
): Promise<Rendered> {
  return renderLoaded(await loadWithBasis(file), formats, env);
}

/** Renders spec text given in memory (for editors and tests). */
export async function renderText(
  text: string,
  file = 'vorlage.yaml',
  formats: readonly Format[] = ['docx', 'pdf'],
  env: NodeJS.ProcessEnv = process.env,
): Promise<Rendered> {
  return renderLoaded(await withBasis(parseSpec(text, file)), formats, env);
}
