// Typing mistakes in real specs never crash the tool: each example is damaged the way an editor slip
// would (a line lost, doubled or moved, a value replaced by a list, a stray character or tab, the file cut
// short) and must give either documents or diagnostics with a place, never an exception or RV900.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderText } from '../src/index.js';

const EXAMPLES = [
  'examples/aachen-im-blick.yaml',
  'examples/gladbeck-kein-kind-zuruecklassen.yaml',
  'examples/unna-kosten-und-finanzplan.yaml',
  'examples/kreis-coesfeld/olfen.yaml',
  'examples/aachen-jahresbericht/jahresbericht-2023.yaml',
  'examples/unna-interessensbekundung/interessensbekundung.yaml',
  'examples/velbert-netzwerk-kinderschutz/kooperationsvereinbarung.yaml',
];

/** A small deterministic random source, so that a failing case can be replayed. */
function randomSource(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return { below: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}
type Random = ReturnType<typeof randomSource>;

const VALUES = ['""', '[]', '{}', '- a\n- b', '{a: 1}', '[{a: 1}]', '123', '-5', 'true', 'null', '2024-13-45', '12.5.2024', '1.234,56 €', '.inf', '1e400', '*anker', '!!binary abc', '"../../x"', '[1, 2'];
const CHARACTERS = [':', '-', '#', '"', "'", '[', '{', '|', '*', '&', '!', '%', '@', '`', '\\', '\u00a0', '\u202e', '{{', '}}', ':::', '[^1]', '<br>', '**'];

/** One slip per entry: it changes the lines and says what it did. */
const SLIPS: ((lines: string[], random: Random) => string)[] = [
  (lines, r) => {
    const i = r.below(lines.length);
    lines.splice(i, 1);
    return `line ${i + 1} deleted`;
  },
  (lines, r) => {
    const i = r.below(lines.length);
    lines.splice(i, 0, lines[i]!);
    return `line ${i + 1} doubled`;
  },
  (lines, r) => {
    const fields = lines.flatMap((line, i) => (/^\s*(- )?[\w-]+:\s*\S/.test(line) ? [i] : []));
    const i = r.pick(fields);
    const value = r.pick(VALUES);
    const indent = ' '.repeat(lines[i]!.search(/\S/) + 2);
    lines[i] = lines[i]!.replace(/:\s*\S.*$/, `: ${value.replace(/\n/g, `\n${indent}`)}`);
    return `value in line ${i + 1} → ${value}`;
  },
  (lines, r) => {
    const i = r.below(lines.length);
    lines[i] = r.below(2) ? `  ${lines[i]}` : lines[i]!.replace(/^ {2}/, '');
    return `indent of line ${i + 1} changed`;
  },
  (lines, r) => {
    const i = r.below(lines.length);
    lines[i] = `\t${lines[i]}`;
    return `tab before line ${i + 1}`;
  },
  (lines, r) => {
    const [i, j] = [r.below(lines.length), r.below(lines.length)];
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return `lines ${i + 1} and ${j + 1} swapped`;
  },
  (lines, r) => {
    const i = r.below(lines.length);
    const at = r.below(lines[i]!.length + 1);
    const character = r.pick(CHARACTERS);
    lines[i] = lines[i]!.slice(0, at) + character + lines[i]!.slice(at);
    return `${JSON.stringify(character)} at ${i + 1}:${at + 1}`;
  },
  (lines, r) => {
    const length = r.below(lines.length);
    lines.length = length;
    return `cut after line ${length}`;
  },
];

/** `count` damaged copies of the examples, each with one to three slips. */
function damagedSpecs(seed: number, count: number) {
  const random = randomSource(seed);
  return Array.from({ length: count }, (_, n) => {
    const file = EXAMPLES[n % EXAMPLES.length]!;
    const lines = readFileSync(file, 'utf8').split('\n');
    const slips = Array.from({ length: 1 + random.below(3) }, () => (lines.length ? random.pick(SLIPS)(lines, random) : 'empty'));
    return { name: `${file}: ${slips.join('; ')}`, file, text: lines.join('\n') };
  });
}

describe('damaged specs', () => {
  it.each(damagedSpecs(2026, 120).map((spec) => [spec.name, spec] as const))('%s', async (_, spec) => {
    const result = await renderText(spec.text, spec.file);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 0) expect(Object.keys(result.outputs).sort()).toEqual(['docx', 'pdf']);
    for (const d of result.diagnostics) {
      expect(d.code).not.toBe('RV900');
      expect(d.file).toBe(spec.file);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(`${d.message} ${d.hint ?? ''}`).not.toMatch(/undefined|\[object|NaN/);
    }
  });
});
