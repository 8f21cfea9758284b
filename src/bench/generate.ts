// Benchmark input: N spec files made from the examples (each a separate document with its own name), or
// one spec listing N copies in a table.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCsvFile } from '../spec/csv-file.js';
import { csvText } from '../spec/csv-records.js';
import { CODES } from '../spec/diagnostics.js';

const SOURCES = ['examples', 'examples/kreis-coesfeld'];

/** Writes `count` specs into `dir` (plus the shared base they may need) and returns their paths. */
export async function generateSpecs(dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const templates: string[] = [];
  for (const source of SOURCES) {
    for (const name of (await readdir(source)).filter((f) => f.endsWith('.yaml')).sort()) {
      const text = await readFile(join(source, name), 'utf8');
      if (name.startsWith('_')) await writeFile(join(dir, name), text);
      else templates.push(text);
    }
  }
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = join(dir, `vorlage-${String(i + 1).padStart(4, '0')}.yaml`);
    // Without a Vorlagen-Nr the file name names the output, so every document is written separately.
    const text = templates[i % templates.length]!.replace(/^vorlagen_nr: .*\n/m, '');
    await writeFile(file, text);
    files.push(file);
  }
  return files;
}

const COPIES_EXAMPLE = 'examples/kreis-coesfeld-sachstand';

/** „SV-10-0311“, 7 → „SV-10-0007“: the last figures counted anew, so the number keeps its municipality's form. */
const numbered = (example: string, n: number): string => example.replace(/\d+(?=\D*$)/, (digits) => String(n).padStart(digits.length, '0'));

/**
 * One spec with a table of `count` copies (`ausfertigungen_datei`), made from the Kreis Coesfeld example:
 * its rows over and over, each with a number of its own. Returns the spec's path.
 */
export async function generateCopyTable(dir: string, count: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const table = readCsvFile(join(COPIES_EXAMPLE, 'kommunen.csv'), 'Ausfertigungsliste', CODES.copyList);
  if (!('records' in table)) throw new Error(table.diagnostic.message);
  const [head, ...rows] = table.records.map((record) => record.cells.map((cell) => cell.text));
  const numberColumn = head!.indexOf('vorlagen_nr');
  const copies = Array.from({ length: count }, (_, i) => {
    const row = [...rows[i % rows.length]!];
    row[numberColumn] = numbered(row[numberColumn]!, Math.floor(i / rows.length) + 1);
    return row;
  });
  await writeFile(join(dir, 'kommunen.csv'), csvText([head!, ...copies]));
  const file = join(dir, 'vorlage-ausfertigungen.yaml');
  await writeFile(file, await readFile(join(COPIES_EXAMPLE, 'sachstand-2020.yaml'), 'utf8'));
  return file;
}
