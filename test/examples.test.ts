// Every example renders, and a reader finds every paragraph, list item and table cell of its spec.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFile } from '../src/index.js';
import { germanQuotes } from '../src/compose/quotes.js';
import { docxText, pdfText, squash } from './helpers/extract.js';
import { specTexts } from './helpers/spec-texts.js';

/** Every example document, in subfolders too; shared bases („_…“) are not documents. */
const EXAMPLES = readdirSync('examples', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml') && !f.split(/[\\/]/).at(-1)!.startsWith('_'))
  .map((f) => join('examples', f))
  .sort();

describe.each(EXAMPLES)('%s', (file) => {
  it('renders DOCX and PDF with every text of the spec and no errors', async () => {
    const result = await renderFile(file);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const pdf = await pdfText(result.outputs.pdf!);
    const docx = docxText(result.outputs.docx!);
    const pdfAll = squash(pdf.flow);
    const docxAll = squash(docx);
    const texts = specTexts(file);
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts.map(germanQuotes)) {
      expect(pdfAll.includes(squash(text)), `PDF lacks: ${text}`).toBe(true);
      expect(docxAll.includes(squash(text)), `DOCX lacks: ${text}`).toBe(true);
    }
  });

  it('renders byte-identical output twice', async () => {
    const first = await renderFile(file);
    const second = await renderFile(file);
    expect(Buffer.compare(first.outputs.pdf!, second.outputs.pdf!)).toBe(0);
    expect(Buffer.compare(first.outputs.docx!, second.outputs.docx!)).toBe(0);
  });
});
