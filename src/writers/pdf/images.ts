// Images in PDFs, decoded once per process. For a PNG with transparency pdfkit inflates the pixels,
// splits colour from alpha and deflates both again, in every document and every layout pass: about
// 4.5 ms for a 200 × 240 coat of arms, a sixth of a whole Vorlage. A municipality's logo is the same in
// all its documents, so we let pdfkit embed each distinct image once into a recorder and replay the
// recorded PDF objects (dictionaries and finished streams) into every document that shows it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import type { Block, ImageRef } from '../../model/types.js';
import { imageSize } from '../shared/image-size.js';
import { nextImageLabel, openPdfImage, type PdfImageInternals, type PdfRef } from './pdfkit-internals.js';
import type { Doc } from './context.js';

/** One PDF object as pdfkit's image code wrote it. */
interface RecordedObject {
  data: Record<string, unknown>;
  stream?: Buffer;
}

interface RecordedImage {
  width: number;
  height: number;
  orientation?: number;
  /** In creation order; the first is the image XObject itself. */
  objects: RecordedObject[];
  /** Indices into `objects` in the order pdfkit ended them (children before the image). */
  endOrder: number[];
}

/** An image ready to be placed: its aspect ratio and the object pdfkit's `image()` accepts. */
export interface PreparedImage {
  /** Height divided by width. */
  aspect: number;
  recorded: RecordedImage;
}

export type PreparedImages = ReadonlyMap<string, PreparedImage>;

const MAX_CACHED = 64;
const cache = new Map<string, Promise<RecordedImage>>();

/** Lets pdfkit embed the image into a stand-in document that keeps every object it creates. */
function record(image: PdfImageInternals): Promise<RecordedImage> {
  return new Promise((resolve) => {
    const objects: RecordedObject[] = [];
    const endOrder: number[] = [];
    const recorder = {
      ref(data: Record<string, unknown> = {}): PdfRef {
        const index = objects.length;
        const object: RecordedObject & PdfRef = {
          data,
          end(chunk?: Buffer) {
            if (chunk) object.stream = Buffer.from(chunk);
            endOrder.push(index);
            if (index === 0) resolve({ width: image.width, height: image.height, orientation: image.orientation, objects, endOrder });
          },
        };
        objects.push(object);
        return object;
      },
    };
    image.embed(recorder);
  });
}

async function load(data: Buffer): Promise<RecordedImage> {
  const image = openPdfImage(data);
  // png-js inflates in a callback and throws there, out of reach of any catch: test the data first.
  if (image.image?.imgData) inflateSync(image.image.imgData);
  return record(image);
}

function cached(data: Buffer): Promise<RecordedImage> {
  const key = createHash('sha256').update(data).digest('hex');
  let entry = cache.get(key);
  if (!entry) {
    entry = load(data);
    entry.catch(() => cache.delete(key));
    cache.set(key, entry);
    if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  }
  return entry;
}

/** Every image reference in the blocks, however deeply nested (letterhead logos, image blocks, cells). */
function imageRefsIn(value: unknown, found: ImageRef[] = []): ImageRef[] {
  if (Array.isArray(value)) {
    for (const item of value) imageRefsIn(item, found);
  } else if (value && typeof value === 'object') {
    const ref = value as Partial<ImageRef>;
    if (typeof ref.src === 'string' && typeof ref.alt === 'string' && typeof ref.widthMm === 'number') found.push(ref as ImageRef);
    for (const child of Object.values(value)) if (child && typeof child === 'object') imageRefsIn(child, found);
  }
  return found;
}

/** Reads and decodes (or takes from the cache) every image the document shows. */
export async function prepareImages(blocks: Block[]): Promise<PreparedImages> {
  const prepared = new Map<string, PreparedImage>();
  for (const src of new Set(imageRefsIn(blocks).map((ref) => ref.src))) {
    const data = readFileSync(src);
    const size = imageSize(data) ?? { width: 1, height: 1 };
    prepared.set(src, { aspect: size.height / size.width, recorded: await cached(data) });
  }
  return prepared;
}

/** Writes the recorded objects into the document, with references between them pointing at the copies. */
function replay(doc: Doc, recorded: RecordedImage): PdfRef {
  const refs = recorded.objects.map((object) => doc.ref({ ...object.data }) as unknown as PdfRef);
  const copyOf = new Map<unknown, PdfRef>(recorded.objects.map((object, i) => [object, refs[i]!]));
  const relink = (value: unknown): unknown => (Array.isArray(value) ? value.map(relink) : (copyOf.get(value) ?? value));
  for (const ref of refs) for (const [key, value] of Object.entries(ref.data)) ref.data[key] = relink(value);
  for (const index of recorded.endOrder) refs[index]!.end(recorded.objects[index]!.stream);
  return refs[0]!;
}

const placed = new WeakMap<Doc, Map<RecordedImage, object>>();

/** The object to hand to `doc.image()`: embedded into this document the first time it is drawn. */
export function pdfImage(doc: Doc, image: PreparedImage): object {
  let perDocument = placed.get(doc);
  if (!perDocument) placed.set(doc, (perDocument = new Map()));
  let xobject = perDocument.get(image.recorded);
  if (!xobject) {
    const { width, height, orientation } = image.recorded;
    const entry = { width, height, orientation, label: nextImageLabel(doc), obj: null as PdfRef | null, embed: (target: Doc) => (entry.obj = replay(target, image.recorded)) };
    xobject = entry;
    perDocument.set(image.recorded, xobject);
  }
  return xobject;
}
