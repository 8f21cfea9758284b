// Benchmark input: N spec files made from the examples (each a separate document with its own name).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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
