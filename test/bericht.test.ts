// Long documents (seed 003): table of contents with the real page numbers, bookmarks, DOCX TOC field.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderFile } from '../src/index.js';
import { madeOnTheWay } from '../src/writers/index.js';
import { docxParts, pdfText } from './helpers/extract.js';

const SPEC = 'examples/unna-interessensbekundung/interessensbekundung.yaml';
let pages: string[];
let pdf: Buffer;
let docx: Record<string, string>;

beforeAll(async () => {
  const result = await renderFile(SPEC);
  // The seed's own plan does not add up in places; taken over as decided, those are warnings.
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.diagnostics.filter((d) => d.code === 'RV402')).not.toHaveLength(0);
  pdf = result.outputs.pdf!;
  docx = docxParts(result.outputs.docx!);
  pages = (await pdfText(pdf)).pages;
}, 60_000);

/** TOC lines in reading order „1.3 Stadt Kamen 9 ……“ (text, page, leader dots) → [text, page]. */
function tocEntries(): [string, number][] {
  const start = pages.findIndex((p) => p.startsWith('Inhaltsverzeichnis'));
  const text = pages.slice(start, start + 3).join('\n');
  return [...text.matchAll(/^(.+?) (\d+)\.{3,}$/gm)].map((m) => [m[1]!.trim(), Number(m[2])]);
}

describe('the Interessensbekundung of seed 003', () => {
  it('gives the same PDF alone as together with the DOCX (which reuses its layout for the TOC pages)', async () => {
    const alone = await renderFile(SPEC, ['pdf']);
    expect(alone.outputs.pdf!.equals(pdf)).toBe(true);
  });

  it('has the PDF at hand once the DOCX took its contents pages from the layout, so a batch stage need not lay it out again', async () => {
    const { model, theme, outputs } = await renderFile(SPEC, ['docx']);
    const made = await madeOnTheWay(model!, theme!, ['docx', 'pdf'], outputs);
    expect(Object.keys(made)).toEqual(['pdf']);
    expect(made.pdf!.equals(pdf)).toBe(true);
    const withoutContents = await renderFile('examples/kreis-coesfeld/olfen.yaml', ['docx']);
    expect(await madeOnTheWay(withoutContents.model!, withoutContents.theme!, ['docx', 'pdf'], withoutContents.outputs)).toEqual({});
  });

  it('lists each heading with the page it appears on', () => {
    const entries = tocEntries();
    expect(entries.length).toBeGreaterThan(40);
    for (const [heading, page] of entries) {
      const squash = (s: string) => s.replace(/\s+/g, '');
      expect(squash(pages[page - 1] ?? ''), `${heading} on page ${page}`).toContain(squash(heading));
    }
  });

  it('leads the dots of a two-line entry from the end of its second line', () => {
    const start = pages.findIndex((p) => p.startsWith('Inhaltsverzeichnis'));
    const dots = /^Lebenslagen“ \d+(\.+)$/m.exec(pages[start]!)?.[1] ?? '';
    expect(dots.length).toBeGreaterThan(100); // the line is ¾ empty; before, the dots began where the first line ended
  });

  it('has a bookmark for every heading and links from the table of contents', () => {
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Outlines');
    expect((raw.match(/\/S \/GoTo/g) ?? []).length).toBeGreaterThan(40);
    expect((raw.match(/\/Title \(/g) ?? []).length).toBeGreaterThan(40);
  });

  it('writes a DOCX table of contents whose entries carry page numbers', () => {
    const xml = docx['word/document.xml']!;
    expect(xml).toContain('TOC \\h \\o &quot;1-3&quot;');
    const entry = /1\.3 Stadt Kamen<\/w:t>.*?PAGEREF _Toc\d+ \\h.*?<w:t[^>]*>(\d+)<\/w:t>/s.exec(xml);
    expect(entry, 'TOC entry with page').not.toBeNull();
    const [heading, page] = tocEntries().find(([h]) => h.startsWith('1.3 Stadt Kamen'))!;
    expect(heading).toBeDefined();
    expect(Number(entry![1])).toBe(page);
  });

  it('sets the DOCX contents as the PDF: no space between entries, top level bold, levels indented', () => {
    const style = (level: number) => docx['word/styles.xml']!.match(new RegExp(`<w:style [^>]*w:styleId="TOC${level}">.*?</w:style>`))![0];
    expect(style(1)).toMatch(/<w:spacing w:after="0"\/>/);
    expect(style(1)).toContain('<w:b/>');
    expect(style(2)).not.toContain('<w:b/>');
    const indent = (level: number) => Number(/<w:ind w:left="(\d+)"/.exec(style(level))?.[1] ?? 0);
    expect(indent(2)).toBeGreaterThan(indent(1));
    expect(indent(3)).toBe(2 * indent(2));
  });
});
