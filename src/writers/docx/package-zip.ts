// Makes a DOCX byte-stable: fixed core-property dates, renumbered random ids, sorted entries, fixed times.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

// docx names relationships and hyperlinks with random ids ("rId" + nanoid, which may end in "-" or "_");
// any quoted rId that is not purely numeric is one.
const RANDOM_ID = /"(rId(?!\d+")[A-Za-z0-9_-]+)"/g;
// docx counts drawing ids per process, so a second document in the same process gets other numbers.
const DRAWING_ID = /(<wp:docPr id=")\d+"/g;
const ZIP_TIME = new Date(Date.UTC(1980, 0, 1, 12));

function canonicalIds(files: Record<string, Uint8Array>, names: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const name of names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
    for (const match of strFromU8(files[name]!).matchAll(RANDOM_ID)) {
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

export function stabilizeDocx(docx: Uint8Array, created: Date): Buffer {
  const files = unzipSync(docx);
  const names = Object.keys(files).sort();
  const ids = canonicalIds(files, names);
  let drawing = 0;
  const out: Zippable = {};
  for (const name of names) {
    let data = files[name]!;
    if (name.endsWith('.xml') || name.endsWith('.rels')) {
      let text = strFromU8(data)
        .replace(RANDOM_ID, (_, id: string) => `"${ids.get(id) ?? id}"`)
        .replace(DRAWING_ID, (_, open: string) => `${open}${++drawing}"`);
      if (name === 'docProps/core.xml') text = fixCoreDates(text, created);
      data = strToU8(text);
    }
    out[name] = [data, { mtime: ZIP_TIME, level: 6 }];
  }
  return Buffer.from(zipSync(out));
}
