// Child process of the benchmark: the content of every generated spec as the pipeline composes it
// (model and house style), written to one file for the baseline run, so that run starts cold.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { renderFile, type DocumentModel } from '../index.js';
import type { Theme } from '../writers/shared/theme.js';

export interface BaselineInput {
  name: string;
  model: DocumentModel;
  theme: Theme;
}

const [dir, output] = process.argv.slice(2) as [string, string];
const files = (await readdir(dir)).filter((f) => f.startsWith('vorlage-')).sort().map((f) => join(dir, f));
const prepared: BaselineInput[] = [];
for (const file of files) {
  const rendered = await renderFile(file, []);
  if (rendered.model && rendered.theme && rendered.target) {
    prepared.push({ name: rendered.target.replace(/[\\/]/g, '_'), model: rendered.model, theme: rendered.theme });
  }
}
await writeFile(output, serialize(prepared));
