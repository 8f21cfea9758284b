// docx builds the attribute object of most elements by copying it once per attribute
// ({...acc, [key]: value} in a reduce): quadratic, and an eighth of all the memory a batch allocates.
// This builds the same object (same keys, same order, same values) in one pass. Loaded once by the
// DOCX writer; the test for byte-identical output guards the equivalence.
import { NextAttributeComponent } from 'docx';

interface AttributeEntry {
  key: string;
  value: unknown;
}

const prototype = NextAttributeComponent.prototype as unknown as {
  root: Record<string, AttributeEntry>;
  prepForXml(): { _attr: Record<string, unknown> };
};

prototype.prepForXml = function prepForXml(this: { root: Record<string, AttributeEntry> }) {
  const attributes: Record<string, unknown> = {};
  for (const { key, value } of Object.values(this.root)) {
    if (value !== undefined) attributes[key] = value;
  }
  return { _attr: attributes };
};
