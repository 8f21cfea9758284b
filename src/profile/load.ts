// Finds, loads and validates municipality profiles; each one once per process.
// Profiles live in templates/kommunen/<id>/profil.yaml; further folders can be named in the
// environment variable RATSVORLAGE_KOMMUNEN (separated like PATH) and are searched first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { CODES, type Diagnostic } from '../spec/diagnostics.js';
import { loadSpec, type LoadedSpec } from '../spec/load.js';
import { schemaDiagnostics } from '../spec/validate.js';
import { PROFILE_DIR, TEMPLATE_DIR } from '../paths.js';
import type { Profile } from './types.js';
import { imageIntact, imageSize } from '../writers/shared/image-size.js';

export interface LoadedProfile {
  profile?: Profile;
  /** Folder of the profile (for its logo and other files). */
  dir?: string;
  diagnostics: Diagnostic[];
}

const cache = new Map<string, Promise<LoadedProfile>>();

export function profileDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const extra = (env.RATSVORLAGE_KOMMUNEN ?? '').split(delimiter).filter(Boolean).map((d) => resolve(d));
  return [...extra, PROFILE_DIR];
}

const profileFile = (dir: string, id: string) => join(dir, id, 'profil.yaml');

export function availableProfiles(dirs: string[] = profileDirs()): string[] {
  const ids = dirs.flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((d) => d.isDirectory() && existsSync(profileFile(dir, d.name)))
          .map((d) => d.name)
      : [],
  );
  return [...new Set(ids)].sort();
}

async function readProfile(dir: string): Promise<LoadedProfile> {
  const loaded = await loadSpec(join(dir, 'profil.yaml'));
  const diagnostics = [...loaded.diagnostics, ...schemaDiagnostics(loaded, 'kommune.schema.json')];
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const profile = loaded.data as Profile;
  const files = profileFileChecks(profile, dir, loaded);
  return files.length ? { diagnostics: [...diagnostics, ...files] } : { profile, dir, diagnostics };
}

const HEADER_PREFIX = 'kopf-';

function headerLayouts(): string[] {
  return readdirSync(join(TEMPLATE_DIR, 'partials'))
    .filter((f) => f.startsWith(HEADER_PREFIX) && f.endsWith('.md.hbs'))
    .map((f) => f.slice(HEADER_PREFIX.length, -'.md.hbs'.length))
    .sort();
}

const SAVE_LOGO = 'Speichern Sie das Logo als PNG (am besten mit transparentem Hintergrund) oder als JPEG und tragen Sie diesen Dateinamen ein.';

/** What can be wrong with a logo file, in the order checked; the first that applies is reported. */
const LOGO_PROBLEMS: { applies: (file: string) => boolean; message: (name: string, dir: string) => string; hint: string }[] = [
  {
    applies: (file) => !existsSync(file),
    message: (name, dir) => `Die Logodatei „${name}“ fehlt im Ordner des Profils (${dir}).`,
    hint: 'Legen Sie die PNG- oder JPEG-Datei neben profil.yaml ab oder korrigieren Sie den Dateinamen.',
  },
  {
    applies: (file) => !statSync(file).isFile(),
    message: (name) => `„${name}“ ist ein Ordner, keine Logodatei.`,
    hint: 'Tragen Sie den Namen der PNG- oder JPEG-Datei ein, nicht den eines Ordners.',
  },
  { applies: (file) => !imageSize(readFileSync(file)), message: (name) => `Die Logodatei „${name}“ ist kein PNG- oder JPEG-Bild.`, hint: SAVE_LOGO },
  { applies: (file) => !imageIntact(readFileSync(file)), message: (name) => `Die Logodatei „${name}“ ist beschädigt oder unvollständig.`, hint: SAVE_LOGO },
];

/** What the schema cannot see: the logo must be a PNG or JPEG file, the header layout must exist. */
function profileFileChecks(profile: Profile, dir: string, loaded: LoadedSpec): Diagnostic[] {
  const found: Diagnostic[] = [];
  const at = (path: string) => ({ ...loaded.locate(path), path, severity: 'error' as const });
  if (profile.logo) {
    const file = join(dir, profile.logo.datei);
    const problem = LOGO_PROBLEMS.find((p) => p.applies(file));
    if (problem) found.push({ ...at('/logo/datei'), code: CODES.profileFileMissing, message: problem.message(profile.logo.datei, dir), hint: problem.hint });
  }
  const layouts = headerLayouts();
  if (!layouts.includes(profile.kopf)) {
    const suggestion = closest(profile.kopf, layouts);
    found.push({
      ...at('/kopf'),
      code: CODES.profileFileMissing,
      message: `Ein Kopf-Layout „${profile.kopf}“ gibt es nicht.${suggestion ? ` Meinten Sie „${suggestion}“?` : ''}`,
      hint: `Vorhanden: ${layouts.join(', ')}. Ein neues Layout legen Sie als templates/partials/kopf-<name>.md.hbs an.`,
    });
  }
  return found;
}

/** The folder of a profile, if there is one with this id. */
export function profileDirOf(id: string, dirs: string[] = profileDirs()): string | undefined {
  const base = dirs.find((dir) => existsSync(profileFile(dir, id)));
  return base ? join(base, id) : undefined;
}

/** The profile a spec names in `kommune`, or a diagnostic at that value. */
export async function profileFor(id: string, spec: LoadedSpec, dirs: string[] = profileDirs()): Promise<LoadedProfile> {
  const base = dirs.find((dir) => existsSync(profileFile(dir, id)));
  if (!base) {
    const known = availableProfiles(dirs);
    const suggestion = known.length ? closest(id, known) : undefined;
    return {
      diagnostics: [
        {
          code: CODES.unknownProfile,
          severity: 'error',
          message: `Zur Kommune „${id}“ gibt es kein Profil.${suggestion ? ` Meinten Sie „${suggestion}“?` : ''}`,
          hint: `Vorhanden: ${known.join(', ') || 'keine'}. Ein Profil liegt unter templates/kommunen/<kennung>/profil.yaml.`,
          ...spec.locate('/kommune'),
          path: '/kommune',
        },
      ],
    };
  }
  const dir = join(base, id);
  let entry = cache.get(dir);
  if (!entry) {
    entry = readProfile(dir);
    cache.set(dir, entry);
  }
  return entry;
}

/** Forget loaded profiles, so an edited profile is read again (used by `watch`). */
export function clearProfileCache(): void {
  cache.clear();
}
