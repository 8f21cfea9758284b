// Child process of the benchmark: the same documents built with bare docx and pdfkit calls (fonts
// cached, no validation, templates, tagging or layout rules), as the yardstick for the pipeline. Two of
// them side by side, each with half the documents, show how far the machine itself lets such work scale.
// The content arrives ready-made (see prepare-baseline.ts); loading docx, pdfkit and the fonts is timed,
// just as the pipeline's timing includes starting its workers, so both runs start equally cold.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import type { Block, DocumentModel, Inline } from '../model/types.js';
import { allBlocks } from '../model/content.js';
import type { Theme } from '../writers/shared/theme.js';
import type { BaselineInput } from './prepare-baseline.js';
import { cpuMsSince } from './stats.js';

// Optional: this process's share of the documents ("0 2" = every other one starting with the first).
const [input, out, shard = '0', shards = '1'] = process.argv.slice(2) as [string, string, string?, string?];
const prepared = (deserialize(await readFile(input)) as BaselineInput[]).filter((_, i) => i % Number(shards) === Number(shard));

const started = performance.now();
const cpuBefore = process.cpuUsage();
const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = await import('docx');
const { PDFDocument } = await import('../writers/pdf/font-cache.js');
const { fontBytes } = await import('../writers/shared/fonts.js');
const { plainText } = await import('../compose/inline.js');

/** Every block as plain lines of text (tables as rows of cells). */
function texts(block: Block): { heading?: number; text: string[] }[] {
  switch (block.type) {
    case 'heading':
      return [{ heading: block.level, text: [plainText(block.children)] }];
    case 'list':
      return block.items.flatMap((item) => item.flatMap(texts));
    case 'quote':
      return block.children.flatMap(texts);
    case 'table':
      return [block.header, ...block.rows].map((row) => ({ text: row.map((c) => plainText(c.children)) }));
    case 'fields':
      return block.items.map((i) => ({ text: [i.label, plainText(i.value)] }));
    case 'signature':
      return [...block.lead, ...block.columns.flatMap((c) => [...c.before, ...c.after])].map((l: Inline[]) => ({ text: [plainText(l)] }));
    case 'letterhead':
      return block.lines.map((l) => ({ text: [plainText(l)] }));
    case 'checkboxes':
      return block.items.map((i) => ({ text: [plainText(i.children)] }));
    case 'title':
    case 'paragraph':
      return [{ text: [plainText(block.children)] }];
    default:
      return [];
  }
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

async function bareDocx(model: DocumentModel, theme: Theme): Promise<Buffer> {
  const children = allBlocks(model).flatMap(texts).map((t) =>
    t.text.length > 1
      ? new Table({ rows: [new TableRow({ children: t.text.map((c) => new TableCell({ children: [new Paragraph(c)] })) })] })
      : new Paragraph({
          heading: t.heading ? HEADINGS[t.heading - 1] : undefined,
          children: [new TextRun({ text: t.text[0] ?? '', font: theme.font.docxName })],
        }),
  );
  return Packer.toBuffer(new Document({ title: model.meta.title, sections: [{ children }] }));
}

function barePdf(model: DocumentModel, theme: Theme): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: theme.margin, font: null as never, info: { CreationDate: model.meta.created } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('r', fontBytes(theme.font.files.regular));
  doc.registerFont('b', fontBytes(theme.font.files.bold));
  for (const t of allBlocks(model).flatMap(texts)) {
    doc.font(t.heading ? 'b' : 'r').fontSize(t.heading ? 12 : theme.size.body);
    doc.text(t.text.join('   '), { width: theme.contentWidth });
    doc.moveDown(0.3);
  }
  doc.end();
  return done;
}

await mkdir(out, { recursive: true });
const perDocument: number[] = [];
const finishedMs: number[] = [];
for (const { name, model, theme } of prepared) {
  const t0 = performance.now();
  await writeFile(join(out, `${name}.docx`), await bareDocx(model, theme));
  await writeFile(join(out, `${name}.pdf`), await barePdf(model, theme));
  perDocument.push(performance.now() - t0);
  finishedMs.push(performance.now() - started);
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ documents: prepared.length, ms, cpuMs: cpuMsSince(cpuBefore), perDocument, finishedMs, maxRssKb: process.resourceUsage().maxRSS }));
