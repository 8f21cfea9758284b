// PDF/A-2a and PDF/UA-1 identification: pdfkit writes PDF/A (XMP with pdfaid, sRGB output intent); we
// add the PDF/UA identifier and make sure the metadata is well-formed XML even when a Betreff contains
// „&“, „<“ or quotes (pdfkit copies the document information into the XMP unescaped).
import type { Doc } from './context.js';

export const PDF_SUBSET = 'PDF/A-2a';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);

type Metadata = { info: Record<string, unknown>; _addInfo(): void; appendXML(xml: string): void };

export function archivalMetadata(doc: Doc): void {
  const target = doc as unknown as Metadata;
  const addInfo = target._addInfo.bind(target);
  target._addInfo = () => {
    const original = { ...target.info };
    for (const key of ['Title', 'Author', 'Subject', 'Creator', 'Keywords']) {
      const value = original[key];
      if (typeof value === 'string') target.info[key] = escapeXml(value);
    }
    try {
      addInfo();
      target.appendXML(
        '<rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about=""><pdfuaid:part>1</pdfuaid:part></rdf:Description>',
      );
    } finally {
      target.info = original;
    }
  };
}
