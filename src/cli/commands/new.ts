// `ratsvorlage new <art> [--kommune <id>] [datei]`: writes a commented starter spec, never over a file.
import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { profileFor } from '../../profile/load.js';
import { chooseProfile } from '../choose-profile.js';
import { parseSpec } from '../../spec/load.js';
import { nearestName } from '../../spec/suggest.js';
import { CODES, formatDiagnostic } from '../../spec/diagnostics.js';
import { VORLAGE_ARTEN as ARTEN, type VorlageArt as Art } from '../../spec/types.js';
import { EXIT, UsageError } from '../errors.js';
import { starterSpec } from '../starter.js';
import { writeProblem } from '../../batch/atomic-write.js';
import { shellWord, type Command } from './shared.js';

/** Creates the file only if it does not exist yet, and never leaves half of it behind. */
async function createExclusive(path: string, text: string): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, text);
  try {
    await link(temp, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    await rm(temp, { force: true });
  }
}

/** A file that cannot be created for a reason the user can mend is a usage error, not a crash. */
function cannotCreate(file: string, err: unknown): never {
  const cause = writeProblem(err);
  if (!cause) throw err;
  const { path } = err as NodeJS.ErrnoException;
  const where = !path || path.startsWith(`${file}.tmp-`) ? dirname(resolve(file)) : path; // name the folder, not our temporary file
  throw new UsageError(`„${file}“ lässt sich nicht anlegen: ${cause} („${where}“). Wählen Sie einen anderen Ort oder Namen.`);
}

export const newSpec: Command = async (options, output) => {
  const [art, file, ...extra] = options.positionals;
  const usage = `Aufruf: npx ratsvorlage new <${ARTEN.join('|')}> [--kommune <kennung>] [datei]`;
  if (!art || extra.length > 0) throw new UsageError(usage);
  if (!ARTEN.includes(art as Art)) {
    const meant = nearestName(art, ARTEN);
    throw new UsageError(`Eine Vorlage der Art „${art}“ kann new nicht anlegen.${meant ? ` Meinten Sie „${meant}“?` : ''}\n${usage}`);
  }
  const { id, note } = chooseProfile(options.kommune, { art, file });
  const loaded = profileFor(id, parseSpec(`kommune: ${JSON.stringify(id)}`, '--kommune'));
  const unknown = loaded.diagnostics.find((d) => d.code === CODES.unknownProfile);
  if (unknown) throw new UsageError(`--kommune: ${unknown.message}\n${unknown.hint ?? ''}`.trim());
  if (!loaded.profile) {
    for (const d of loaded.diagnostics) output.err(formatDiagnostic(d)); // mistakes inside the profile file, at their lines
    return EXIT.invalidInput;
  }
  if (note) output.err(note);
  const text = starterSpec({ art: art as Art, profile: loaded.profile, file, today: new Date() });
  if (!file) {
    output.out(text);
    return EXIT.ok;
  }
  if (!(await createExclusive(file, text).catch((err: unknown) => cannotCreate(file, err)))) {
    throw new UsageError(`„${file}“ gibt es schon; die Datei bleibt unverändert. Wählen Sie einen anderen Dateinamen.`);
  }
  output.out(`✓ ${file} angelegt. Prüfen mit: npx ratsvorlage validate ${shellWord(file)}`);
  return EXIT.ok;
};
