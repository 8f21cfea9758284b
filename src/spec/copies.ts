// One file, a copy for each municipality: the shared text once, and under `ausfertigungen:` (a YAML
// list) or in `ausfertigungen_datei:` (a spreadsheet) the fields that vary. Each copy is the shared part
// with its own fields merged over it, by the rules of `basis` (basis.ts), and is checked and rendered as
// a spec of its own; every value is reported where it was written: shared part, base, list entry or cell.
import { dirname, join } from 'node:path';
import { isMap, overlay } from './basis.js';
import { FILE_FIELDS, readCopyTable, type CopyLayer } from './copy-table.js';
import { CODES, hasErrors } from './diagnostics.js';
import { errorAt, failing, type LoadedSpec } from './load.js';
import { referencedFileProblem } from './referenced-file.js';

const LIST = 'ausfertigungen';
const TABLE = 'ausfertigungen_datei';

type Data = Record<string, unknown>;

/** What a file's list of copies gives: a layer per copy and the files read for it, or the file failing. */
type Listed = { layers: CopyLayer[]; files: string[] } | { failed: LoadedSpec };

function problem(source: LoadedSpec, path: string, message: string, hint: string, anchor: 'key' | 'value' = 'value'): { failed: LoadedSpec } {
  return { failed: failing(source, [errorAt(source, CODES.copyList, path, message, hint, anchor)]) };
}

/** The entries of `ausfertigungen:`, each located in the file. */
function listedCopies(source: LoadedSpec, list: unknown): Listed {
  const hint = 'Schreiben Sie unter „ausfertigungen:“ je Ausfertigung einen Eintrag mit den Feldern, die verschieden sind, z. B. „- kommune: stadt-olfen“ mit „vorlagen_nr:“ und „beratungsfolge:“ darunter.';
  if (!Array.isArray(list) || list.length === 0) return problem(source, `/${LIST}`, '„ausfertigungen“ muss eine Liste mit mindestens einem Eintrag sein.', hint);
  const notMap = list.findIndex((entry) => !isMap(entry));
  if (notMap >= 0) return problem(source, `/${LIST}/${notMap}`, `Eintrag ${notMap + 1} unter „ausfertigungen“ nennt keine Felder.`, hint);
  for (const [i, entry] of list.entries()) {
    const field = FILE_FIELDS.find((key) => key in (entry as Data));
    if (field) return problem(source, `/${LIST}/${i}/${field}`, `„${field}“ gilt für die ganze Datei und kann nicht je Ausfertigung verschieden sein.`, 'Schreiben Sie das Feld in die Vorlage selbst, nicht unter „ausfertigungen“.', 'key');
  }
  const layers = (list as Data[]).map((data, i): CopyLayer => ({
    data,
    locate: (pointer, anchor) => source.locate(`/${LIST}/${i}${pointer}`, anchor),
    locateInText: (pointer, line, column) => source.locateInText(`/${LIST}/${i}${pointer}`, line, column),
  }));
  return { layers, files: [] };
}

/** The rows of the spreadsheet `ausfertigungen_datei:` names, each located in its cells. */
function tabledCopies(source: LoadedSpec, name: unknown): Listed {
  if (typeof name !== 'string' || name.trim() === '') return problem(source, `/${TABLE}`, '„ausfertigungen_datei“ muss einen Dateinamen nennen.', 'Zum Beispiel „ausfertigungen_datei: kommunen.csv“, relativ zu dieser Datei.');
  const file = join(dirname(source.file), name);
  const missing = referencedFileProblem(file, name, 'Die Ausfertigungsliste');
  if (missing) {
    const { failed } = problem(source, `/${TABLE}`, missing.message, missing.hint!);
    return { failed: { ...failed, awaited: [file] } };
  }
  const { layers, diagnostics } = readCopyTable(file, (source.data as Data).art);
  if (diagnostics.length === 0) return { layers, files: [file] };
  return { failed: failing(source, diagnostics, { files: [...source.files, file] }) };
}

/** How each way of listing copies is read. */
const LISTINGS: Record<typeof LIST | typeof TABLE, (source: LoadedSpec, value: unknown) => Listed> = {
  [LIST]: listedCopies,
  [TABLE]: tabledCopies,
};

/**
 * The specs a loaded file makes: itself, or one per copy it lists. Where the list itself is wrong, the
 * file alone, carrying the error.
 */
export function copiesOf(source: LoadedSpec): LoadedSpec[] {
  if (hasErrors(source.diagnostics) || !isMap(source.data) || !(LIST in source.data || TABLE in source.data)) return [source];
  const { [LIST]: list, [TABLE]: table, ...shared } = source.data;
  if (list !== undefined && table !== undefined) {
    return [problem(source, `/${TABLE}`, 'Die Datei nennt „ausfertigungen“ und „ausfertigungen_datei“; es gilt nur eines von beiden.', 'Behalten Sie die Liste in der Datei oder die Tabelle, nicht beide.', 'key').failed];
  }
  const key = list !== undefined ? LIST : TABLE;
  if (source.locate(`/${key}`).file !== source.file) {
    return [problem(source, `/${key}`, `„${key}“ steht in der Basis; die Ausfertigungen nennt die Datei, die erzeugt wird.`, 'Verschieben Sie die Ausfertigungen aus der Basis in die Vorlage, die auf ihr aufbaut.', 'key').failed];
  }
  const listed = LISTINGS[key](source, list ?? table);
  if ('failed' in listed) return [listed.failed];
  const lower = { data: shared, locate: source.locate, locateInText: source.locateInText };
  const merged = listed.layers.map((layer) => overlay(lower, layer.data, layer));
  const names = copyNames(merged.map(({ data }) => (data as Data).kommune));
  return merged.map((copy, index) => ({ ...source, ...copy, files: [...source.files, ...listed.files], copy: { index, name: names[index]! } }));
}

/** Each copy's name in progress lines and messages: its municipality, with its number where that is not enough. */
function copyNames(kommunen: readonly unknown[]): string[] {
  const counts = new Map<unknown, number>();
  for (const kommune of kommunen) counts.set(kommune, (counts.get(kommune) ?? 0) + 1);
  return kommunen.map((kommune, i) => {
    if (typeof kommune !== 'string') return `Ausfertigung ${i + 1}`;
    return counts.get(kommune)! > 1 ? `${kommune}, Ausfertigung ${i + 1}` : kommune;
  });
}
