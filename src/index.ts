// The library API: load → validate → resolve → compose → write, as buffers. The CLI is a thin layer on this.
import { hasErrors, sortDiagnostics, type Diagnostic } from './spec/diagnostics.js';
import { parseSpec, type LoadedSpec } from './spec/load.js';
import { loadWithBasis, withBasis } from './spec/basis.js';
import { checkSpec } from './spec/check.js';
import { copiesOf } from './spec/copies.js';
import type { ResolvedDocument } from './resolve/resolve.js';
import { resolveDocuments } from './resolve/documents.js';
import { outputTarget } from './resolve/output-name.js';
import { duplicateCopies } from './resolve/duplicate-copies.js';
import { compose } from './compose/compose.js';
import { WRITERS, type Format } from './writers/index.js';
import type { DocumentModel } from './model/types.js';
import type { Theme } from './writers/shared/theme.js';

export type { Diagnostic } from './spec/diagnostics.js';
export type { LoadedSpec } from './spec/load.js';
export { loadWithBasis } from './spec/basis.js';
export type { DocumentModel } from './model/types.js';
export { FORMATS, type Format } from './writers/index.js';

export interface Prepared {
  diagnostics: Diagnostic[];
  /** The first document, present when there are no errors (warnings allowed). */
  resolved?: ResolvedDocument;
  /** All documents of the spec (a Vereinbarung makes one per partner). */
  documents: ResolvedDocument[];
}

/** Checks a loaded spec and resolves it against its municipality profile; a file listing copies, each of them. */
export async function prepare(source: LoadedSpec, env: NodeJS.ProcessEnv = process.env): Promise<Prepared> {
  const copies = copiesOf(source);
  if (copies.length === 1) return prepareOne(copies[0]!, env);
  const prepared: Prepared[] = [];
  for (const copy of copies) prepared.push(await prepareOne(copy, env));
  const clashes = duplicateCopies(copies.map((source, i) => ({ source, targets: prepared[i]!.documents.map((document) => outputTarget(document, source.file)) })));
  // A finding in the shared part is found in every copy: it is reported once.
  const found = [...prepared.flatMap((p) => p.diagnostics), ...clashes];
  const diagnostics = sortDiagnostics([...new Map(found.map((d) => [JSON.stringify(d), d])).values()]);
  const documents = hasErrors(diagnostics) ? [] : prepared.flatMap((p) => p.documents);
  return { diagnostics, documents, ...(documents[0] ? { resolved: documents[0] } : {}) };
}

async function prepareOne(source: LoadedSpec, env: NodeJS.ProcessEnv): Promise<Prepared> {
  const { diagnostics, spec, profile, profileDir } = await checkSpec(source);
  if (!spec || !profile || !profileDir) return { diagnostics: sortDiagnostics(diagnostics), documents: [] };
  const set = await resolveDocuments(spec, profile, profileDir, source, env);
  const all = sortDiagnostics([...diagnostics, ...set.diagnostics]);
  if (hasErrors(all)) return { diagnostics: all, documents: [] };
  return { diagnostics: all, resolved: set.documents[0], documents: set.documents };
}

export async function validateFile(file: string): Promise<Diagnostic[]> {
  return (await prepare(loadWithBasis(file))).diagnostics;
}

export interface RenderedDocument {
  /** Relative output path without extension: <kommune>/<safe name>. */
  target: string;
  model: DocumentModel;
  theme: Theme;
  outputs: Partial<Record<Format, Buffer>>;
}

/** The rendering of one spec: its diagnostics and documents; the first document's fields also at the top. */
export interface Rendered {
  diagnostics: Diagnostic[];
  documents: RenderedDocument[];
  /** Relative output path without extension: <kommune>/<safe name>. */
  target?: string;
  model?: DocumentModel;
  /** The house style the document was rendered in. */
  theme?: Theme;
  outputs: Partial<Record<Format, Buffer>>;
}

async function renderDocument(resolved: ResolvedDocument, target: string, formats: readonly Format[]): Promise<RenderedDocument> {
  const model = compose(resolved);
  const outputs: Partial<Record<Format, Buffer>> = {};
  for (const format of formats) outputs[format] = await WRITERS[format](model, resolved.theme);
  return { target, model, theme: resolved.theme, outputs };
}

/** Renders an already loaded spec (with its bases) into buffers. */
export async function renderLoaded(spec: LoadedSpec, formats: readonly Format[], env: NodeJS.ProcessEnv = process.env): Promise<Rendered> {
  const { diagnostics, documents } = await prepare(spec, env);
  // Two documents with one file name are an error found while resolving (duplicate-partners.ts).
  const targets = documents.map((document) => outputTarget(document, spec.file));
  const rendered: RenderedDocument[] = [];
  for (const [i, document] of documents.entries()) rendered.push(await renderDocument(document, targets[i]!, formats));
  const [first] = rendered;
  return { diagnostics, documents: rendered, outputs: first?.outputs ?? {}, ...(first ? { target: first.target, model: first.model, theme: first.theme } : {}) };
}

/** Renders one spec file into buffers (nothing is written). */
export async function renderFile(
  file: string,
  formats: readonly Format[] = ['docx', 'pdf'],
  env: NodeJS.ProcessEnv = process.env,
): Promise<Rendered> {
  return renderLoaded(loadWithBasis(file), formats, env);
}

/** Renders spec text given in memory (for editors and tests). */
export async function renderText(
  text: string,
  file = 'vorlage.yaml',
  formats: readonly Format[] = ['docx', 'pdf'],
  env: NodeJS.ProcessEnv = process.env,
): Promise<Rendered> {
  return renderLoaded(withBasis(parseSpec(text, file)), formats, env);
}
