// Images are decoded once per process and replayed into each PDF (src/writers/pdf/images.ts): the
// result must be what pdfkit itself would embed, once per document, and bad data must fail politely.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/model/types.js';
import { PDFDocument } from '../src/writers/pdf/font-cache.js';
import { pdfImage, prepareImages } from '../src/writers/pdf/images.js';

const LOGO = 'templates/kommunen/stadt-olfen/wappen.png';

function pdfOf(draw: (doc: InstanceType<typeof PDFDocument>) => void): Promise<string> {
  const doc = new PDFDocument({ compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<string>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks).toString('latin1'))));
  draw(doc);
  doc.end();
  return done;
}

/** The image XObjects of a PDF: dictionary without references, and stream bytes. */
function imageObjects(pdf: string): string[] {
  return pdf
    .split('endobj')
    .filter((object) => object.includes('/Subtype /Image'))
    .map((object) => object.replace(/^[\s\S]*?\d+ 0 obj/, '').replace(/\d+ 0 R/g, 'REF'))
    .sort();
}

const logoBlock = (src: string): Block[] => [{ type: 'image', src, alt: 'Wappen', widthMm: 20 }];

describe('prepared images', () => {
  it('embed the same image objects as pdfkit does with the file itself', async () => {
    const images = await prepareImages(logoBlock(LOGO));
    const prepared = images.get(LOGO)!;
    const own = await pdfOf((doc) => doc.image(readFileSync(LOGO), 10, 10, { width: 50 }));
    const replayed = await pdfOf((doc) => doc.image(pdfImage(doc, prepared) as Buffer, 10, 10, { width: 50 }));
    const expected = imageObjects(own);
    expect(expected).toHaveLength(2); // colour and alpha mask of the RGBA coat of arms
    expect(imageObjects(replayed)).toEqual(expected);
    expect(prepared.aspect).toBeCloseTo(240 / 200);
  });

  it('embed an image drawn twice in one document only once', async () => {
    const prepared = (await prepareImages(logoBlock(LOGO))).get(LOGO)!;
    const pdf = await pdfOf((doc) => {
      doc.image(pdfImage(doc, prepared) as Buffer, 10, 10, { width: 50 });
      doc.addPage().image(pdfImage(doc, prepared) as Buffer, 10, 10, { width: 50 });
    });
    expect(imageObjects(pdf)).toHaveLength(2);
    expect(pdf.match(/\/I1 \d+ 0 R/g)).toHaveLength(2); // both pages use the same XObject
  });

  it('reject a damaged PNG with an error instead of crashing the process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ratsvorlage-image-'));
    const broken = join(dir, 'kaputt.png');
    const data = readFileSync(LOGO);
    writeFileSync(broken, Buffer.concat([data.subarray(0, 60), Buffer.alloc(200, 0x55), data.subarray(260)]));
    await expect(prepareImages(logoBlock(broken))).rejects.toThrow();
  });
});
