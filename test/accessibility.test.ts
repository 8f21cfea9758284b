// A checker for every example PDF, in JavaScript (pdfjs): tagged structure, language, title, artifacts,
// heading levels, table headers, alternative texts, fonts with ToUnicode, PDF/A and PDF/UA identification.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderFile } from '../src/index.js';
import type { Block, Inline } from '../src/model/types.js';
import { plainText } from '../src/compose/inline.js';
import { isLanguageTag } from '../src/spec/formats.js';
import { pdfSpans, pdfSpanTexts, squash } from './helpers/extract.js';
import { pdfStructureElements } from './helpers/pdf-structure.js';
import { allBlocks } from '../src/model/content.js';

const EXAMPLES = readdirSync('examples', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml') && !f.split(/[\\/]/).at(-1)!.startsWith('_'))
  .map((f) => join('examples', f))
  .sort();

interface StructNode {
  role?: string;
  alt?: string;
  children?: (StructNode | { type: string })[];
}

/** Words the spec marks as another language (:sprache[…]{lang=…}), wherever they sit in the model. */
function languageMarks(value: unknown): { lang: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap(languageMarks);
  if (!value || typeof value !== 'object') return [];
  const node = value as { type?: string; lang?: string; children?: Inline[] };
  if (node.type === 'language') return [{ lang: node.lang!, text: plainText(node.children!) }];
  return Object.values(value).flatMap(languageMarks);
}

function walk(node: StructNode, visit: (n: StructNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) if ('role' in child || 'children' in child) walk(child as StructNode, visit);
}

describe.each(EXAMPLES)('accessibility of %s', (file) => {
  let raw: string;
  const roles: string[] = [];
  const figures: StructNode[] = [];
  const tables: StructNode[] = [];
  let untagged = 0;
  let marked = false;
  let title = '';
  let xmp: { get(name: string): unknown } | null = null;
  let modelTables = 0;
  let pdf: Buffer;
  let marks: { lang: string; text: string }[] = [];

  beforeAll(async () => {
    const result = await renderFile(file, ['pdf']);
    pdf = result.outputs.pdf!;
    marks = languageMarks(result.model!.blocks);
    const count = (blocks: Block[]): number =>
      blocks.reduce((n, b) => n + (b.type === 'table' || b.type === 'fields' ? 1 : b.type === 'list' ? b.items.reduce((m, item) => m + count(item), 0) : 0), 0);
    modelTables = count(allBlocks(result.model!));
    raw = pdf.toString('latin1');
    const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
    marked = (await doc.getMarkInfo())?.Marked === true;
    const meta = await doc.getMetadata();
    title = (meta.info as { Title?: string }).Title ?? '';
    xmp = meta.metadata as typeof xmp;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const tree = (await page.getStructTree()) as StructNode | null;
      if (tree) {
        walk(tree, (node) => {
          if (node.role) roles.push(node.role);
          if (node.role === 'Figure') figures.push(node);
          if (node.role === 'Table') tables.push(node);
        });
      }
      const content = await page.getTextContent({ includeMarkedContent: true });
      let depth = 0;
      for (const item of content.items as { type?: string; str?: string; id?: string; tag?: string }[]) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') depth++;
        else if (item.type === 'endMarkedContent') depth--;
        else if (item.str?.trim() && depth === 0) untagged++;
      }
    }
    await doc.destroy();
  }, 60_000);

  it('is a tagged PDF with language and displayed title', () => {
    expect(marked).toBe(true);
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Lang (de-DE)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(title.length).toBeGreaterThan(3);
  });

  it('draws all text inside structure elements or artifacts', () => {
    expect(untagged).toBe(0);
  });

  it('leads from the text on every page back to its structure element, also where a block runs on to the next page', async () => {
    const unowned = (await pdfStructureElements(pdf)).flatMap((e) => e.parts.filter((p) => !p.inParentTree).map((p) => `${e.role} p. ${p.page}: ${p.text}`));
    expect(unowned).toEqual([]);
  });

  it('does not skip heading levels', () => {
    let previous = 0;
    for (const role of roles.filter((r) => /^H[1-6]$/.test(r))) {
      const level = Number(role.slice(1));
      expect(level, `${role} after H${previous}`).toBeLessThanOrEqual(previous + 1);
      previous = level;
    }
  });

  it('gives tables header cells and images alternative text', () => {
    // A table that runs over a page break shows up once per page; its header row is on the first.
    const withHeader = tables.filter((table) => {
      const cells: string[] = [];
      walk(table, (n) => n.role && cells.push(n.role));
      return cells.includes('TH');
    });
    expect(withHeader.length).toBe(modelTables);
    if (modelTables > 0) expect(raw).toMatch(/\/Scope \/(Column|Row)/);
    for (const figure of figures) expect(figure.alt?.length ?? 0).toBeGreaterThan(3);
  });

  it('tags every link as a Link element that references its annotation, with a description', () => {
    const objects = raw.split(/\nendobj\b/);
    const annotations = objects.filter((o) => o.includes('/Subtype /Link'));
    const linkElements = objects.filter((o) => /\/S \/Link\b/.test(o));
    for (const annotation of annotations) {
      expect(annotation).toMatch(/\/StructParent \d+/);
      expect(annotation).toMatch(/\/Contents \(.{4,}/);
    }
    const referenced = linkElements.map((element) => /\/Type \/OBJR\s*\/Obj (\d+) 0 R/.exec(element)?.[1]);
    const annotationIds = annotations.map((a) => /(\d+) 0 obj\s*<<[^]*$/.exec(a)?.[1]);
    expect(referenced.sort()).toEqual(annotationIds.sort());
  });

  it('marks words in another language as Spans with their language, as the spec does', async () => {
    const spans = pdfSpans(pdf);
    const texts = await pdfSpanTexts(pdf);
    expect(spans.length).toBe(texts.length);
    const langs = spans.map((span) => span.lang ?? '');
    for (const lang of langs.filter(Boolean)) expect(isLanguageTag(lang)).toBe(true);
    for (const mark of marks) {
      const inLanguage = squash(texts.filter((_, i) => langs[i] === mark.lang).join(''));
      expect(inLanguage).toContain(squash(mark.text));
    }
    if (marks.length === 0) expect(langs.filter(Boolean)).toEqual([]);
  });

  it('embeds every font with a ToUnicode map and identifies itself as PDF/A-2a and PDF/UA-1', () => {
    const type0 = (raw.match(/\/Subtype \/Type0/g) ?? []).length;
    expect(type0).toBeGreaterThan(0);
    expect((raw.match(/\/ToUnicode/g) ?? []).length).toBe(type0);
    expect(raw).not.toMatch(/\/Subtype \/Type1/);
    expect(xmp?.get('pdfaid:part')).toBe('2');
    expect(xmp?.get('pdfuaid:part')).toBe('1');
    expect(raw).toContain('/OutputIntents');
  });
});

describe.each(EXAMPLES)('DOCX accessibility of %s', (file) => {
  it('uses heading styles, sets the language, marks header rows and describes images', async () => {
    const { docxParts, docxXmlText } = await import('./helpers/extract.js');
    const result = await renderFile(file, ['docx']);
    const parts = docxParts(result.outputs.docx!);
    const xml = parts['word/document.xml']!;
    const headings = result.model!.blocks.filter((b) => b.type === 'heading').length;
    expect((xml.match(/<w:pStyle w:val="Heading[1-4]"\/>/g) ?? []).length).toBe(headings);
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="de-DE"');
    expect(parts['docProps/core.xml']).toMatch(/<dc:title>[^<]{4,}<\/dc:title>/);
    const tables = result.model!.blocks.filter((b) => b.type === 'table').length;
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(tables);
    for (const match of xml.matchAll(/<wp:docPr [^>]*>/g)) expect(match[0]).toMatch(/descr="[^"]{4,}"/);
    // Layout comes from styles: an empty paragraph only where Word demands one (an empty table cell, or
    // between two tables, which Word would otherwise join), tabs only in table-of-contents entries.
    for (const empty of xml.matchAll(/<w:p>(?:<w:pPr>(?:(?!<\/w:pPr>).)*<\/w:pPr>)?<\/w:p>|<w:p\/>/g)) {
      const before = xml.slice(0, empty.index);
      const after = xml.slice(empty.index + empty[0].length);
      const inEmptyCell = before.endsWith('</w:tcPr>') && after.startsWith('</w:tc>');
      const betweenTables = before.endsWith('</w:tbl>') && after.startsWith('<w:tbl>');
      expect(inEmptyCell || betweenTables, `empty paragraph at ${empty.index}`).toBe(true);
    }
    for (const paragraph of xml.match(/<w:p>(?:(?!<\/w:p>).)*<w:tab\/>(?:(?!<\/w:p>).)*<\/w:p>/g) ?? []) {
      expect(paragraph).toMatch(/<w:pStyle w:val="TOC\d"\/>/);
    }
    for (const mark of languageMarks(result.model!.blocks)) {
      const runs = [...xml.matchAll(new RegExp(`<w:r>(?:(?!</w:r>).)*<w:lang w:val="${mark.lang}"/>(?:(?!</w:r>).)*</w:r>`, 'g'))];
      expect(squash(runs.map((r) => docxXmlText(r[0])).join(''))).toContain(squash(mark.text));
    }
  });
});
