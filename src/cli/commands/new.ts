// `ratsvorlage new <art> [--kommune <id>] [datei]`: writes a commented starter spec, never over a file.
import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { availableProfiles, profileFor } from '../../profile/load.js';
import { parseSpec } from '../../spec/load.js';
import { formatDiagnostic } from '../../spec/diagnostics.js';
import { VORLAGE_ARTEN as ARTEN, type VorlageArt as Art } from '../../spec/types.js';
import { EXIT, UsageError } from '../errors.js';
import { starterSpec } from '../starter.js';
import type { Command } from './shared.js';

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

export const newSpec: Command = async (options, output) => {
  const [art, file, ...extra] = options.positionals;
  if (!art || !ARTEN.includes(art as Art) || extra.length > 0) {
    throw new UsageError(`Aufruf: ratsvorlage new <${ARTEN.join('|')}> [--kommune <kennung>] [datei]`);
  }
  const id = options.kommune ?? availableProfiles()[0];
  if (!id) throw new UsageError('Es gibt noch kein Kommunenprofil unter templates/kommunen/.');
  const loaded = await profileFor(id, parseSpec(`kommune: ${JSON.stringify(id)}`, '--kommune'));
  if (!loaded.profile) {
    for (const d of loaded.diagnostics) output.err(formatDiagnostic(d));
    return EXIT.invalidInput;
  }
  const text = starterSpec({ art: art as Art, profile: loaded.profile, file, today: new Date() });
  if (!file) {
    output.out(text);
    return EXIT.ok;
  }
  if (!(await createExclusive(file, text))) {
    output.err(`Fehler: „${file}“ gibt es schon; sie bleibt unverändert. Wählen Sie einen anderen Dateinamen.`);
    return EXIT.invalidInput;
  }
  output.out(`✓ ${file} angelegt. Prüfen mit: npx ratsvorlage validate ${file}`);
  return EXIT.ok;
};
