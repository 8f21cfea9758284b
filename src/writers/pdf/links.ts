// Link annotations as part of the structure tree (PDF/UA 7.18.5): every link annotation gets a Link
// structure element that references it (OBJR), the annotation points back through StructParent, and it
// carries a description in Contents for screen readers.
import type { Doc, StructElement } from './context.js';
import { dictionaryOf, type PdfRef } from './pdfkit-internals.js';

interface Owner {
  element: StructElement;
  /** What the link leads to, in words; defaults to the web address. */
  description?: string;
}

interface TreeRoot {
  data: { ParentTreeNextKey: number; ParentTree: { add: (key: number, value: unknown) => void } };
}

type Annotate = (x: number, y: number, w: number, h: number, options: Record<string, unknown>) => Doc;

const owners = new WeakMap<Doc, Owner[]>();

/** Makes every link drawn into `doc` from now on a tagged Link element of the element drawing it. */
export function tagLinks(doc: Doc): void {
  const internals = doc as unknown as { annotate: Annotate; getStructTreeRoot: () => TreeRoot; page: { annotations: PdfRef[]; dictionary: PdfRef } };
  const annotate = internals.annotate.bind(doc);
  owners.set(doc, []);
  internals.annotate = (x, y, w, h, options) => {
    const owner = owners.get(doc)?.at(-1);
    if (options.Subtype !== 'Link' || !owner) return annotate(x, y, w, h, options);
    const link = doc.struct('Link');
    const root = internals.getStructTreeRoot();
    const key = root.data.ParentTreeNextKey++;
    root.data.ParentTree.add(key, dictionaryOf(link));
    options.StructParent = key;
    options.Contents = new String(owner.description ?? uriOf(options) ?? 'Verweis');
    annotate(x, y, w, h, options);
    referenceAnnotation(link, internals.page.annotations.at(-1)!, internals.page.dictionary);
    owner.element.add(link);
    return doc;
  };
}

/** Runs `draw` with `element` as the owner of the links it creates. */
export function owningLinks(doc: Doc, element: StructElement, draw: () => void, description?: string): void {
  const stack = owners.get(doc);
  stack?.push({ element, description });
  try {
    draw();
  } finally {
    stack?.pop();
  }
}

/** The Link element's K gets the object reference when pdfkit writes the element. */
function referenceAnnotation(link: StructElement, annotation: PdfRef, page: PdfRef): void {
  const dictionary = dictionaryOf(link);
  const end = dictionary.end.bind(dictionary);
  dictionary.end = () => {
    const kids = (dictionary.data.K as unknown[] | undefined) ?? [];
    dictionary.data.K = [...kids, { Type: 'OBJR', Obj: annotation, Pg: page }];
    end();
  };
}

function uriOf(options: Record<string, unknown>): string | undefined {
  const action = options.A as { data?: { URI?: unknown } } | undefined;
  const uri = action?.data?.URI;
  return uri === undefined ? undefined : String(uri);
}
