// Maps JSON paths back to line:column in the YAML source, using the kept YAML AST.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export type PathSegment = string | number;

/** "/beratungsfolge/2/zustaendigkeit" → ["beratungsfolge", 2, "zustaendigkeit"] (JSON Pointer, RFC 6901). */
export function pointerToSegments(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

export function segmentsToPointer(segments: readonly PathSegment[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** The pointer of `key` inside the object at `parent`: „/unterschrift“ + „name“ → „/unterschrift/name“. */
export function childPointer(parent: string, key: string): string {
  return parent + segmentsToPointer([key]);
}

interface Located {
  node: Node | null;
  keyNode: Node | null;
}

/** Walks the YAML AST along the path as far as it goes; returns the deepest node reached. */
function locate(doc: Document, segments: readonly PathSegment[]): Located {
  let node = doc.contents as Node | null;
  let keyNode: Node | null = null;
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? keyNode;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
      const item = node.items[seg];
      node = isPair(item) ? ((item.value as Node | null) ?? null) : (item as Node);
      keyNode = null;
    } else {
      break;
    }
  }
  return { node, keyNode };
}

export class PositionMap {
  constructor(
    private readonly doc: Document,
    private readonly lineCounter: LineCounter,
    private readonly source: string,
  ) {}

  at(offset: number): Position {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  /** Position of the value at the path (or of the nearest existing ancestor). */
  ofValue(pointer: string): Position {
    const { node } = locate(this.doc, pointerToSegments(pointer));
    return this.at(node?.range?.[0] ?? 0);
  }

  /**
   * Position of a point inside a text value, given as line/column within the text (1-based), e.g. a
   * table cell inside a Markdown field written as a block scalar („sachlage: |“).
   */
  inText(pointer: string, line: number, column: number): Position {
    return this.inNode(locate(this.doc, pointerToSegments(pointer)).node, line, column);
  }

  /** The same for a node at hand (a scalar being checked while the document is read). */
  inNode(node: Node | null, line: number, column: number): Position {
    const start = node?.range?.[0] ?? 0;
    const at = this.at(start);
    if (isScalar(node) && node.type === 'BLOCK_LITERAL') {
      // A literal block keeps its lines: line n of the text is line n below the „|“.
      const body = this.source.slice(this.source.indexOf('\n', start) + 1);
      const indent = /^( *)\S/m.exec(body)?.[1]?.length ?? 0;
      return { line: at.line + line, column: indent + column };
    }
    // Folded, quoted or plain text is rejoined by YAML, so its lines are not the file's: the place is
    // found by the words there or before it (unless escapes like \u00e4 changed both; then the text's start).
    const found = isScalar(node) && typeof node.value === 'string' ? this.find(node.value, line, column, start, node.range?.[1]) : undefined;
    if (found !== undefined) return this.at(found);
    // A quoted text starts after its quote.
    const quote = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') ? 1 : 0;
    return line === 1 ? { line: at.line, column: at.column + quote + column - 1 } : at;
  }

  /** Where the words at (line, column) of a value stand in the file, between `from` and `to`. */
  private find(value: string, line: number, column: number, from: number, to = this.source.length): number | undefined {
    const lines = value.split('\n');
    if (line > lines.length) return undefined;
    const offset = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
    // Up to 24 characters, else (where YAML joined lines there) the first word.
    const rest = value.slice(offset);
    for (const words of [/^[^\n]{1,24}/.exec(rest)?.[0].trimEnd(), /^\S+/.exec(rest)?.[0]]) {
      const index = words ? this.source.indexOf(words, from) : -1;
      if (index >= 0 && index < to) return index;
    }
    // The place itself is written differently (an escape like \u0002 in quotes): right after the words before it.
    const before = /[^\n]{1,24}$/.exec(value.slice(0, offset))?.[0];
    const index = before ? this.source.indexOf(before, from) : -1;
    return index >= 0 && index < to ? index + before!.length : undefined;
  }

  /** Position of the key that introduces the path's last segment (for unknown keys). */
  ofKey(pointer: string): Position {
    const { node, keyNode } = locate(this.doc, pointerToSegments(pointer));
    return this.at((keyNode ?? node)?.range?.[0] ?? 0);
  }
}
