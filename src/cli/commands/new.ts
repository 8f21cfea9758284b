// `ratsvorlage new <art> [--kommune <id>[,<id>…]] [datei]`: writes a commented starter spec, never over a
// file; for several municipalities one text and a table of what differs (ausfertigungen_datei).
import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { profileFor } from '../../profile/load.js';
import { chooseProfile } from '../choose-profile.js';
import { parseSpec } from '../../spec/load.js';
import { nearestName } from '../../spec/suggest.js';
import { CODES, formatDiagnostic } from '../../spec/diagnostics.js';
import { VORLAGE_ARTEN as ARTEN, type VorlageArt as Art } from '../../spec/types.js';
import { EXIT, UsageError } from '../errors.js';
import { starterSpec, starterTable, tableFileFor } from '../starter.js';
import type { Profile } from '../../profile/types.js';
import { writeProblem } from '../../batch/atomic-write.js';
import { shellWord, type Command } from './shared.js';
import type { Output } from '../report.js';

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

/** „a,b“ names several municipalities (one text for all, a table of what differs); empty names are dropped. */
function askedKommunen(asked: string | undefined): string[] | undefined {
  return asked === undefined ? undefined : [...new Set(asked.split(',').map((id) => id.trim()).filter((id) => id !== ''))];
}

/** A municipality's profile; one that does not exist is a usage error, one with mistakes is reported at its lines. */
function loadProfile(id: string, output: Output): Profile | undefined {
  const loaded = profileFor(id, parseSpec(`kommune: ${JSON.stringify(id)}`, '--kommune'));
  const unknown = loaded.diagnostics.find((d) => d.code === CODES.unknownProfile);
  if (unknown) throw new UsageError(`--kommune: ${unknown.message}\n${unknown.hint ?? ''}`.trim());
  if (!loaded.profile) for (const d of loaded.diagnostics) output.err(formatDiagnostic(d));
  return loaded.profile;
}

/** Creates every file or none: when one exists already, those made before it are removed again. */
async function createAll(files: { path: string; text: string }[]): Promise<void> {
  const made: string[] = [];
  for (const { path, text } of files) {
    if (await createExclusive(path, text).catch((err: unknown) => cannotCreate(path, err))) {
      made.push(path);
      continue;
    }
    await Promise.all(made.map((done) => rm(done, { force: true })));
    throw new UsageError(`„${path}“ gibt es schon; die Datei bleibt unverändert${made.length ? ', und new legt nichts an' : ''}. Wählen Sie einen anderen Dateinamen.`);
  }
}

export const newSpec: Command = async (options, output) => {
  const [art, file, ...extra] = options.positionals;
  const usage = `Aufruf: npx ratsvorlage new <${ARTEN.join('|')}> [--kommune <kennung>[,<kennung>…]] [datei]`;
  if (!art || extra.length > 0) throw new UsageError(usage);
  if (!ARTEN.includes(art as Art)) {
    const meant = nearestName(art, ARTEN);
    throw new UsageError(`Eine Vorlage der Art „${art}“ kann new nicht anlegen.${meant ? ` Meinten Sie „${meant}“?` : ''}\n${usage}`);
  }
  const asked = askedKommunen(options.kommune);
  const several = asked !== undefined && asked.length > 1;
  if (several && !file) {
    const example = ['npx ratsvorlage new', art, 'entwurf.yaml', '--kommune', asked.join(',')].join(' ');
    throw new UsageError(`Für mehrere Kommunen legt new zwei Dateien an: die Vorlage und eine Tabelle der Kommunen. Nennen Sie dazu einen Dateinamen, zum Beispiel: ${example}`);
  }
  const chosen = several ? undefined : chooseProfile(asked?.[0], { art, file });
  const profiles = (chosen ? [chosen.id] : asked!).map((kommune) => loadProfile(kommune, output));
  if (!profiles.every((profile) => profile !== undefined)) return EXIT.invalidInput;
  if (chosen?.note) output.err(chosen.note);
  const starter = { art: art as Art, profiles, file, today: new Date() };
  const text = starterSpec(starter);
  if (!file) {
    output.out(text);
    return EXIT.ok;
  }
  const table = several ? [{ path: tableFileFor(file), text: starterTable(starter) }] : [];
  await createAll([{ path: file, text }, ...table]);
  const made = [file, ...table.map(({ path }) => path)].join(' und ');
  const count = several ? ` (${profiles.length} Kommunen)` : '';
  output.out(`✓ ${made} angelegt${count}. Prüfen mit: npx ratsvorlage validate ${shellWord(file)}`);
  return EXIT.ok;
};
