// Zips the DOCX parts once, byte-stable: fixed core-property dates, renumbered random and per-process
// ids, sorted entries, fixed times. Works on docx's compiled parts, so nothing is zipped twice.
import { zip, type ZipEntry } from './zip.js';

// docx names relationships and hyperlinks with random ids ("rId" + nanoid, which may end in "-" or "_");
// any quoted rId that is not purely numeric is one.
const RANDOM_ID = /"(rId(?!\d+")[A-Za-z0-9_-]+)"/g;
// docx counts drawing ids per process, so a second document in the same process gets other numbers.
const DRAWING_ID = /(<wp:docPr id=")\d+"/g;
// Heading bookmarks for the table of contents are numbered per process too, names and ids.
const TOC_BOOKMARK = /_Toc(\d+)\b/g;
const BOOKMARK_ID = /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g;

export type Parts = ReadonlyMap<string, string | Uint8Array>;

const isXml = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

function canonicalIds(parts: Parts, names: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const name of names) {
    const data = parts.get(name);
    if (typeof data !== 'string') continue;
    for (const match of data.matchAll(RANDOM_ID)) {
      if (!ids.has(match[1]!)) ids.set(match[1]!, `rIdR${ids.size + 1}`);
    }
  }
  return ids;
}

function fixCoreDates(xml: string, created: Date): string {
  const stamp = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return xml.replace(
    /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
    (_, open: string, close: string) => `${open}${stamp}${close}`,
  );
}

export function stabilizeDocx(parts: Parts, created: Date): Buffer {
  const names = [...parts.keys()].sort();
  const ids = canonicalIds(parts, names);
  let drawing = 0;
  const tocNames = new Map<string, number>();
  const bookmarkIds = new Map<string, number>();
  const renumber = (map: Map<string, number>, key: string) => {
    if (!map.has(key)) map.set(key, map.size + 1);
    return map.get(key)!;
  };
  const entries: ZipEntry[] = [];
  for (const name of names) {
    const data = parts.get(name)!;
    let bytes: Uint8Array;
    if (typeof data === 'string' && isXml(name)) {
      let text = data
        .replace(RANDOM_ID, (_, id: string) => `"${ids.get(id) ?? id}"`)
        .replace(DRAWING_ID, (_, open: string) => `${open}${++drawing}"`)
        .replace(TOC_BOOKMARK, (_, n: string) => `_Toc${renumber(tocNames, n)}`)
        .replace(BOOKMARK_ID, (_, open: string, id: string) => `${open}${renumber(bookmarkIds, id)}"`);
      if (name === 'docProps/core.xml') text = fixCoreDates(text, created);
      bytes = Buffer.from(text, 'utf8');
    } else {
      bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    }
    entries.push({ name, data: bytes });
  }
  return zip(entries);
}
