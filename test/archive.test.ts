// PDF/A-2a with PDF/UA-1 identification, and metadata that stays well-formed whatever the Betreff says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderText } from '../src/index.js';

function xmp(pdf: Buffer): string {
  const text = pdf.toString('utf8');
  return text.slice(text.indexOf('<x:xmpmeta'), text.indexOf('</x:xmpmeta>') + '</x:xmpmeta>'.length);
}

describe('archival PDF', () => {
  it('names PDF/A-2a and PDF/UA-1 in the XMP and carries an sRGB output intent', async () => {
    const spec = readFileSync('examples/aachen-im-blick.yaml', 'utf8');
    const pdf = (await renderText(spec, 'examples/aachen-im-blick.yaml', ['pdf'])).outputs.pdf!;
    const meta = xmp(pdf);
    expect(meta).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(meta).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(pdf.toString('latin1')).toContain('/OutputIntents');
    expect(pdf.toString('latin1')).toContain('sRGB IEC61966-2.1');
  });

  it('keeps the XMP well-formed for a Betreff with „&“, „<“ and quotes', async () => {
    const betreff = 'Kita „Sonne & Mond“ <Neubau> – „Phase 2“ und ‚Bauabschnitt‘'; // "…" and '…' would be set so
    const spec = readFileSync('examples/aachen-im-blick.yaml', 'utf8').replace(/^betreff: .*$/m, `betreff: ${JSON.stringify(betreff)}`);
    const pdf = (await renderText(spec, 'examples/aachen-im-blick.yaml', ['pdf'])).outputs.pdf!;
    const meta = xmp(pdf);
    expect(meta).toContain('Kita „Sonne &amp; Mond“ &lt;Neubau&gt; – „Phase 2“ und ‚Bauabschnitt‘');
    const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
    const { info, metadata } = await doc.getMetadata();
    expect((info as { Title: string }).Title).toBe(betreff);
    expect(metadata?.get('dc:title')).toBe(betreff);
    await doc.destroy();
  });
});
