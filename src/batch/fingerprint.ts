// Fingerprints of a document's inputs, so `--nur-geaenderte` can skip what has not changed: the spec's
// fields (merged from its bases), the files it names, the municipality profile folder, and the tool
// itself (templates, schemas, fonts, version).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PACKAGE_ROOT, SCHEMA_DIR, TEMPLATE_DIR } from '../paths.js';

const require = createRequire(import.meta.url);

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesBelow(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

function hashFiles(hash: ReturnType<typeof createHash>, files: string[]): void {
  for (const file of files) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
}

/** A dependency's package.json, also for packages whose "exports" do not list it. */
function packageJsonOf(name: string): string {
  const dir = (require.resolve.paths(name) ?? []).map((base) => join(base, name, 'package.json')).find((file) => existsSync(file));
  if (!dir) throw new Error(`package ${name} not found`);
  return dir;
}

const FONT_PACKAGES = ['@expo-google-fonts/arimo', '@expo-google-fonts/tinos', 'dejavu-fonts-ttf', 'pdfkit', 'docx'];

let toolPrint: string | undefined;

/** The tool's own inputs, computed once per process. Profiles are hashed per document. */
export function toolFingerprint(): string {
  if (!toolPrint) {
    const hash = createHash('sha256');
    const templates = filesBelow(TEMPLATE_DIR).filter((f) => !f.includes(`${join('templates', 'kommunen')}`));
    hashFiles(hash, [join(PACKAGE_ROOT, 'package.json'), ...templates, ...filesBelow(SCHEMA_DIR)]);
    for (const name of FONT_PACKAGES) hash.update(readFileSync(packageJsonOf(name)));
    toolPrint = hash.digest('hex');
  }
  return toolPrint;
}

/** What one document is made from, besides the tool itself (see document-inputs.ts). */
export interface DocumentInputs {
  /**
   * The spec's fields, merged from its bases (for one copy of several, from the shared text and its own
   * row or entry). They stand for the files they were read from: what changes no field (a comment, another
   * copy's row) renders nothing anew.
   */
  fields: unknown;
  /** Files read whole: those the spec names (a Jahresbericht with its bases, a partner list). */
  files: string[];
  /** The folders of the municipality profiles the document uses. */
  profileDirs: string[];
}

/**
 * The fields as text. A YAML alias can make a value contain itself (`x: &a [*a]`); validation reports
 * that field, and here the repetition is written as a mark instead of followed for ever.
 */
function fieldsText(fields: unknown): string {
  const open: object[] = []; // the objects from the root down to the value being written
  return JSON.stringify(fields ?? null, function (this: object, _key, value: unknown) {
    if (typeof value !== 'object' || value === null) return value;
    while (open.length > 0 && open.at(-1) !== this) open.pop();
    if (open.includes(value)) return '\u0000circular';
    open.push(value);
    return value;
  });
}

/** Fingerprint of one document: tool + its fields + the files it names + profile folders. */
export function documentFingerprint({ fields, files, profileDirs }: DocumentInputs): string {
  const hash = createHash('sha256').update(toolFingerprint());
  hash.update(fieldsText(fields)).update('\0');
  hashFiles(hash, files);
  for (const dir of profileDirs) {
    if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) hashFiles(hash, filesBelow(dir));
  }
  return hash.digest('hex');
}
