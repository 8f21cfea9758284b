// Finds, loads and validates municipality profiles; each one once per process.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { CODES, type Diagnostic } from '../spec/diagnostics.js';
import { loadSpec, type LoadedSpec } from '../spec/load.js';
import { schemaDiagnostics } from '../spec/validate.js';
import { PROFILE_DIR } from '../paths.js';
import type { Profile } from './types.js';

export interface LoadedProfile {
  profile?: Profile;
  diagnostics: Diagnostic[];
}

const cache = new Map<string, Promise<LoadedProfile>>();

export function availableProfiles(): string[] {
  return readdirSync(PROFILE_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PROFILE_DIR, d.name, 'profil.yaml')))
    .map((d) => d.name)
    .sort();
}

async function readProfile(id: string): Promise<LoadedProfile> {
  const loaded = await loadSpec(join(PROFILE_DIR, id, 'profil.yaml'));
  const diagnostics = [...loaded.diagnostics, ...schemaDiagnostics(loaded, 'kommune.schema.json')];
  return diagnostics.length ? { diagnostics } : { profile: loaded.data as Profile, diagnostics };
}

/** The profile a spec names in `kommune`, or a diagnostic at that value. */
export async function profileFor(id: string, spec: LoadedSpec): Promise<LoadedProfile> {
  const known = availableProfiles();
  if (!known.includes(id)) {
    const suggestion = known.length ? closest(id, known) : undefined;
    return {
      diagnostics: [
        {
          code: CODES.unknownProfile,
          severity: 'error',
          message: `Zur Kommune „${id}“ gibt es kein Profil.${suggestion ? ` Meinten Sie „${suggestion}“?` : ''}`,
          hint: `Vorhanden: ${known.join(', ') || 'keine'}. Ein Profil liegt unter templates/kommunen/<kennung>/profil.yaml.`,
          file: spec.file,
          ...spec.positions.ofValue('/kommune'),
          path: '/kommune',
        },
      ],
    };
  }
  let entry = cache.get(id);
  if (!entry) {
    entry = readProfile(id);
    cache.set(id, entry);
  }
  return entry;
}
