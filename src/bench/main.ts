// `npm run bench`: speed of the authoring loop (validation) and of rendering one document, warm.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSpec } from '../spec/load.js';
import { checkSpec } from '../spec/check.js';
import { renderText } from '../index.js';
import { time, type Timing } from './stats.js';

const EXAMPLE = 'examples/aachen-im-blick.yaml';
const OUT = join('out', 'bench');

async function main(): Promise<void> {
  const text = readFileSync(EXAMPLE, 'utf8');
  const results: Record<string, Timing> = {
    'validieren (laden + Schema + Regeln)': await time(() => checkSpec(parseSpec(text, EXAMPLE)), 500),
    'erzeugen DOCX': await time(() => renderText(text, EXAMPLE, ['docx']), 30),
    'erzeugen PDF': await time(() => renderText(text, EXAMPLE, ['pdf']), 30),
  };
  console.log(`Benchmark mit ${EXAMPLE} (warm, Node ${process.version})\n`);
  console.log('Messung'.padEnd(40) + 'Läufe'.padStart(7) + 'Mittel ms'.padStart(11) + 'p50 ms'.padStart(9) + 'p95 ms'.padStart(9));
  for (const [name, t] of Object.entries(results)) {
    console.log(name.padEnd(40) + String(t.runs).padStart(7) + t.meanMs.toFixed(2).padStart(11) + t.p50Ms.toFixed(2).padStart(9) + t.p95Ms.toFixed(2).padStart(9));
  }
  await mkdir(OUT, { recursive: true });
  const file = join(OUT, 'ergebnis.json');
  await writeFile(file, JSON.stringify({ example: EXAMPLE, node: process.version, results }, null, 2) + '\n');
  console.log(`\nErgebnisse: ${file}`);
}

await main();
