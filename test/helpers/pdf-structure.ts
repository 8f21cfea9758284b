// The structure tree of our PDFs as a screen reader walks it: each structure element with the marked
// content it owns (page and text), and whether the page's entry in the ParentTree leads back to it.
// pdfkit writes structure elements and the ParentTree as plain objects; pdfjs supplies the text.
import { forEachPage, withPdf } from './extract.js';

export interface ContentPart {
  /** 1-based page number. */
  page: number;
  text: string;
  /** The ParentTree's entry for this marked content points back to the element. */
  inParentTree: boolean;
}

export interface StructureElement {
  object: number;
  role: string;
  parts: ContentPart[];
}

type TextItem = { str: string; hasEOL: boolean } | { type: string; id?: string | null };

/** Text inside each marked-content sequence with an MCID, keyed „page object_mcid“ as pdfjs names them. */
async function markedTexts(data: Uint8Array): Promise<{ texts: Map<string, string>; pageNumbers: Map<number, number> }> {
  const texts = new Map<string, string>();
  const pageNumbers = new Map<number, number>();
  await withPdf(data, (pdf) => forEachPage(pdf, async (page, n) => {
    pageNumbers.set(page.ref!.num, n);
    const open: (string | null | undefined)[] = [];
    for (const item of (await page.getTextContent({ includeMarkedContent: true })).items as TextItem[]) {
      if ('str' in item) {
        const id = open.findLast((i) => i);
        if (id) texts.set(id, (texts.get(id) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
      } else if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        open.push(item.id);
      } else if (item.type === 'endMarkedContent') {
        open.pop();
      }
    }
  }));
  return { texts, pageNumbers };
}

/** The PDF's indirect objects by number, as written (pdfkit compresses only streams). */
function objects(raw: string): Map<number, string> {
  return new Map([...raw.matchAll(/(\d+) 0 obj\s*([^]*?)\bendobj/g)].map((m) => [Number(m[1]), m[2]!]));
}

/** ParentTree: a page's StructParents key → the element of each MCID (object number, or null). */
function parentTree(all: Map<number, string>): Map<number, (number | null)[]> {
  const root = [...all.values()].find((o) => o.includes('/Type /StructTreeRoot'))!;
  const nums = root.slice(root.indexOf('/Nums [') + 7);
  const tree = new Map<number, (number | null)[]>();
  for (const entry of nums.matchAll(/(\d+) \[([^\]]*)\]/g)) {
    tree.set(Number(entry[1]), [...entry[2]!.matchAll(/null|(\d+) 0 R/g)].map((m) => (m[1] ? Number(m[1]) : null)));
  }
  return tree;
}

/** Every structure element that owns marked content, with that content in the order of its /K. */
export async function pdfStructureElements(data: Uint8Array): Promise<StructureElement[]> {
  const all = objects(Buffer.from(data).toString('latin1'));
  const { texts, pageNumbers } = await markedTexts(data);
  const tree = parentTree(all);
  const structParents = (page: number) => Number(/\/StructParents (\d+)/.exec(all.get(page) ?? '')?.[1]);
  const elements: StructureElement[] = [];
  for (const [object, body] of all) {
    const role = /^<<\s*\/S \/(\w+)/.exec(body)?.[1];
    const kids = /\/K \[([^]*?)\]\s*(?:\/Pg|>>)/.exec(body)?.[1];
    if (!role || kids === undefined) continue;
    const defaultPage = Number(/\/Pg (\d+) 0 R\s*>>\s*$/.exec(body)?.[1]);
    // Kids: MCIDs on the element's page, marked-content references to other pages, child elements (skipped).
    const contents = [...kids.matchAll(/<<\s*\/Type \/MCR\s*\/Pg (\d+) 0 R\s*\/MCID (\d+)\s*>>|<<[^>]*>>|\d+ 0 R|(\d+)/g)]
      .filter((m) => m[1] || m[3])
      .map((m) => (m[1] ? { page: Number(m[1]), mcid: Number(m[2]) } : { page: defaultPage, mcid: Number(m[3]) }));
    if (contents.length === 0) continue;
    const parts = contents.map(({ page, mcid }) => ({
      page: pageNumbers.get(page)!,
      text: (texts.get(`p${page}R_mc${mcid}`) ?? '').trim(),
      inParentTree: tree.get(structParents(page))?.[mcid] === object,
    }));
    elements.push({ object, role, parts });
  }
  return elements;
}
