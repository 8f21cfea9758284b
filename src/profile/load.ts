// Finds, loads and validates municipality profiles; each one once per process.
// Profiles live in templates/kommunen/<id>/profil.yaml; further folders can be named in the
// environment variable RATSVORLAGE_KOMMUNEN (separated like PATH) and are searched first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { nearestName } from '../spec/suggest.js';
import { CODES, type Diagnostic } from '../spec/diagnostics.js';
import { loadSpec, type LoadedSpec } from '../spec/load.js';
import { schemaDiagnostics } from '../spec/validate.js';
import { PROFILE_DIR, TEMPLATE_DIR } from '../paths.js';
import type { Profile } from './types.js';
import { imageIntact, imageSize } from '../writers/shared/image-size.js';
import { matchesWithin, REGEX_TIME_LIMIT_MS } from '../spec/bounded-regex.js';

export interface LoadedProfile {
  profile?: Profile;
  /** Folder of the profile (for its logo and other files). */
  dir?: string;
  diagnostics: Diagnostic[];
}

const cache = new Map<string, LoadedProfile>();

/** The folders named in RATSVORLAGE_KOMMUNEN (or with --kommunen): a user's own profiles. */
export function ownProfileDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.RATSVORLAGE_KOMMUNEN ?? '').split(delimiter).filter(Boolean).map((d) => resolve(d));
}

export function profileDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  return [...ownProfileDirs(env), PROFILE_DIR];
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

function readProfile(dir: string): LoadedProfile {
  const loaded = loadSpec(join(dir, 'profil.yaml'));
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

/** A logo file as the checks see it; its bytes are read once, when a check first needs them. */
interface LogoFile {
  path: string;
  bytes: () => Buffer;
}

/** What can be wrong with a logo file, in the order checked; the first that applies is reported. */
const LOGO_PROBLEMS: { applies: (logo: LogoFile) => boolean; message: (name: string, dir: string) => string; hint: string }[] = [
  {
    applies: (logo) => !existsSync(logo.path),
    message: (name, dir) => `Die Logodatei „${name}“ fehlt im Ordner des Profils (${dir}).`,
    hint: 'Legen Sie die PNG- oder JPEG-Datei neben profil.yaml ab oder korrigieren Sie den Dateinamen.',
  },
  {
    applies: (logo) => !statSync(logo.path).isFile(),
    message: (name) => `„${name}“ ist ein Ordner, keine Logodatei.`,
    hint: 'Tragen Sie den Namen der PNG- oder JPEG-Datei ein, nicht den eines Ordners.',
  },
  { applies: (logo) => !imageSize(logo.bytes()), message: (name) => `Die Logodatei „${name}“ ist kein PNG- oder JPEG-Bild.`, hint: SAVE_LOGO },
  { applies: (logo) => !imageIntact(logo.bytes()), message: (name) => `Die Logodatei „${name}“ ist beschädigt oder unvollständig.`, hint: SAVE_LOGO },
];

/** A finding about the profile at the value of `path`. */
type ProfileFinding = (path: string, fields: Pick<Diagnostic, 'code' | 'message' | 'hint'>) => Diagnostic;

type ProfileCheck = (profile: Profile, dir: string, report: ProfileFinding) => Diagnostic[];

const checkLogo: ProfileCheck = (profile, dir, report) => {
  if (!profile.logo) return [];
  const path = join(dir, profile.logo.datei);
  let bytes: Buffer | undefined;
  const logo = { path, bytes: () => (bytes ??= readFileSync(path)) };
  const problem = LOGO_PROBLEMS.find((p) => p.applies(logo));
  return problem ? [report('/logo/datei', { code: CODES.profileFileMissing, message: problem.message(profile.logo.datei, dir), hint: problem.hint })] : [];
};

const checkHeaderLayout: ProfileCheck = (profile, _dir, report) => {
  const layouts = headerLayouts();
  if (layouts.includes(profile.kopf)) return [];
  const suggestion = nearestName(profile.kopf, layouts);
  return [
    report('/kopf', {
      code: CODES.profileFileMissing,
      message: `Ein Kopf-Layout „${profile.kopf}“ gibt es nicht.${suggestion ? ` Meinten Sie „${suggestion}“?` : ''}`,
      hint: `Vorhanden: ${layouts.join(', ')}. Ein neues Layout legen Sie als templates/partials/kopf-<name>.md.hbs an.`,
    }),
  ];
};

/** The example number must have the form the pattern describes, or every spec would be judged by a wrong rule. */
const checkNumberExample: ProfileCheck = (profile, _dir, report) => {
  const numbering = profile.vorlagen_nr;
  if (!numbering) return [];
  const matches = matchesWithin(numbering.muster, numbering.beispiel);
  if (matches === true) return [];
  const message = matches === undefined
    ? `Das Muster „${numbering.muster}“ brauchte länger als ${REGEX_TIME_LIMIT_MS} ms, um das Beispiel „${numbering.beispiel}“ zu prüfen.`
    : `Das Beispiel „${numbering.beispiel}“ passt nicht zum Muster „${numbering.muster}“.`;
  const hint = matches === undefined
    ? 'Vermeiden Sie verschachtelte Wiederholungen wie „(a+)+“; für „2024/0039“ genügt ^\\d{4}/\\d{4}$.'
    : 'Passen Sie Muster oder Beispiel an: Das Beispiel wird Nutzern gezeigt, wenn ihre Nummer nicht passt.';
  return [report(matches === undefined ? '/vorlagen_nr/muster' : '/vorlagen_nr/beispiel', { code: CODES.profileExample, message, hint })];
};

/** What the schema cannot see, one check each: the logo file, the header layout, the numbering example. */
const PROFILE_CHECKS: readonly ProfileCheck[] = [checkLogo, checkHeaderLayout, checkNumberExample];

function profileFileChecks(profile: Profile, dir: string, loaded: LoadedSpec): Diagnostic[] {
  const report: ProfileFinding = (path, fields) => ({ severity: 'error', ...fields, ...loaded.locate(path), path });
  return PROFILE_CHECKS.flatMap((check) => check(profile, dir, report));
}

/** The folder of a profile, if there is one with this id. */
export function profileDirOf(id: string, dirs: string[] = profileDirs()): string | undefined {
  const base = dirs.find((dir) => existsSync(profileFile(dir, id)));
  return base ? join(base, id) : undefined;
}

/** The profile a spec names in `kommune`, or a diagnostic at that value. */
export function profileFor(id: string, spec: LoadedSpec, dirs: string[] = profileDirs()): LoadedProfile {
  const base = dirs.find((dir) => existsSync(profileFile(dir, id)));
  if (!base) {
    const known = availableProfiles(dirs);
    const suggestion = nearestName(id, known);
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
