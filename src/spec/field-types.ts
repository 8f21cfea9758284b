// What type the schema expects at a field of a document, so that a spreadsheet cell („ja“, „1.250,50“)
// becomes the value a YAML file would hold there (true, 1250.5), and which fields a section has. Only
// plain paths are followed: properties, list items and $ref; where the schema branches, the answer is
// „not known“.
import { schemaFiles } from './schema-registry.js';
import type { PathSegment } from './positions.js';

type SchemaNode = { $ref?: string; type?: string | string[]; properties?: Record<string, SchemaNode>; items?: SchemaNode; $defs?: Record<string, SchemaNode> };

let schemas: Map<string, SchemaNode> | undefined;

function schemaNamed(name: string): SchemaNode | undefined {
  schemas ??= new Map(schemaFiles().map((file) => [file.name, JSON.parse(file.text) as SchemaNode]));
  return schemas.get(name);
}

/** Follows `gemeinsam.schema.json#/$defs/datum` or `#/$defs/datum` (within `file`). */
function dereference(node: SchemaNode | undefined, file: string): { node: SchemaNode | undefined; file: string } {
  let current = node;
  let currentFile = file;
  for (let hops = 0; current?.$ref && hops < 10; hops++) {
    const [target = '', fragment = ''] = current.$ref.split('#');
    if (target) currentFile = target;
    let resolved: unknown = schemaNamed(currentFile);
    for (const key of fragment.split('/').filter(Boolean)) resolved = (resolved as Record<string, unknown> | undefined)?.[key];
    current = resolved as SchemaNode | undefined;
  }
  return { node: current, file: currentFile };
}

/** The schema of `art` at the path, where the path is plain; undefined where it branches or ends. */
function nodeAt(art: unknown, segments: readonly PathSegment[]): SchemaNode | undefined {
  if (typeof art !== 'string' || !/^[a-z]+$/.test(art)) return undefined;
  let at = dereference(schemaNamed(`${art}.schema.json`), `${art}.schema.json`);
  for (const segment of segments) {
    const properties = at.node?.properties;
    const next = typeof segment === 'number' ? at.node?.items : properties && Object.hasOwn(properties, segment) ? properties[segment] : undefined;
    at = dereference(next, at.file);
  }
  return at.node;
}

/** The JSON types the schema of `art` allows at the path, or an empty list when it does not say plainly. */
export function fieldTypes(art: unknown, segments: readonly PathSegment[]): string[] {
  const type = nodeAt(art, segments)?.type;
  return type === undefined ? [] : Array.isArray(type) ? type : [type];
}

/** The field names the schema of `art` knows at the path (a section's fields), or an empty list. */
export function fieldNames(art: unknown, segments: readonly PathSegment[]): string[] {
  return Object.keys(nodeAt(art, segments)?.properties ?? {}).filter((key) => !key.startsWith('$'));
}
