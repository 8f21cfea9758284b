// The visible texts of a spec, found independently of the pipeline: each paragraph, list item and
// table cell of every string value, with the Markdown syntax taken off.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { mergeSpecs } from '../../src/spec/basis.js';

const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|:~&"=<>])/g;

function stripInlineMarkdown(text: string): string {
  const literals: string[] = [];
  return text
    .replace(ESCAPED, (_, ch: string) => `\u0000${literals.push(ch) - 1}\u0000`)
    .replace(/:sprache\[([^\]]*)\](\{[^}]*\})?/g, '$1')
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(^|[\s(„])(\*\*|\*|__)(?=\S)(.+?)(?<=\S)\2(?=$|[\s.,;:)“])/g, '$1$3')
    .replace(/`/g, '')
    .replace(/\\(?=\s|$)/g, '')
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => literals[Number(i)]!)
    .trim();
}

function blockTexts(block: string): string[] {
  const lines = block.split('\n').filter((l) => l.trim() !== '');
  if (lines.every((l) => l.trim().startsWith('|'))) {
    return lines
      .filter((l) => !/^\s*\|[\s:|-]+\|\s*$/.test(l))
      .flatMap((l) => l.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\||<br\s*\/?>/i))
      .map(stripInlineMarkdown);
  }
  const items: string[] = [];
  for (const line of lines) {
    const marker = /^\s*(?:[-*+]|\d+[.)]|[a-zA-Z][.)]|\([a-zA-Z\d]{1,2}\)|#{1,6}|\[\^[^\]]+\]:)\s+(?:\[[ xX]\]\s+)?(.*)$/.exec(line);
    if (marker || items.length === 0) items.push(marker ? marker[1]! : line);
    else items[items.length - 1] += ` ${line.trim()}`;
  }
  return items.map(stripInlineMarkdown);
}

function strings(value: unknown, skipKeys: readonly string[]): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, skipKeys));
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => !skipKeys.includes(key))
      .flatMap(([, v]) => strings(v, skipKeys));
  }
  return [];
}

/** Every text a reader must find in the rendered document. */
/** The spec's data with its `basis` chain merged in, read without the pipeline's loader. */
function specData(file: string): unknown {
  const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (typeof data.basis !== 'string') return data;
  const { basis, ...own } = data;
  return mergeSpecs(specData(join(dirname(file), basis)), own);
}

export function specTexts(file: string, skipKeys: string[] = ['art', 'kommune', 'datum', 'zustaendigkeit', 'schluessel', 'verfuegbar', 'partner_datei', 'basis', 'jahresbericht', 'ausfertigungen', 'ausfertigungen_datei']): string[] {
  return strings(specData(file), skipKeys)
    .flatMap((s) => s.split(/\n\s*\n/))
    .flatMap(blockTexts)
    .filter((t) => t.length > 0);
}
