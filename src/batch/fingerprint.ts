// Fingerprints of a document's inputs, so `--nur-geaenderte` can skip what has not changed: the spec and
// its bases, the municipality profile folder, and the tool itself (templates, schemas, fonts, version).
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

/** Fingerprint of one document: tool + spec files (with bases) + profile folder. */
export function documentFingerprint(specFiles: string[], profileDir: string | undefined): string {
  const hash = createHash('sha256').update(toolFingerprint());
  hashFiles(hash, [...specFiles]);
  if (profileDir && statSync(profileDir, { throwIfNoEntry: false })?.isDirectory()) hashFiles(hash, filesBelow(profileDir));
  return hash.digest('hex');
}
