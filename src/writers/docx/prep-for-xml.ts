// Faster equivalents of docx's `prepForXml` for its two base classes, which every element of a DOCX goes
// through before it is written as XML. Each builds the same object (same keys, same order, same values)
// as docx's own; loaded once by the DOCX writer, and the tests for byte-identical output guard that.
import { EMPTY_OBJECT, isXmlComponent, NextAttributeComponent, XmlComponent } from 'docx';

interface AttributeEntry {
  key: string;
  value: unknown;
}

// docx builds the attribute object of most elements by copying it once per attribute
// ({...acc, [key]: value} in a reduce): quadratic, and an eighth of all the memory a batch allocates.
// This builds it in one pass.
const attributes = NextAttributeComponent.prototype as unknown as {
  root: Record<string, AttributeEntry>;
  prepForXml(): { _attr: Record<string, unknown> };
};

attributes.prepForXml = function prepForXml(this: { root: Record<string, AttributeEntry> }) {
  const attributes: Record<string, unknown> = {};
  for (const { key, value } of Object.values(this.root)) {
    if (value !== undefined) attributes[key] = value;
  }
  return { _attr: attributes };
};

interface Context {
  stack: unknown[];
}

interface Component {
  rootKey: string;
  root: unknown[];
  writtenAs?: Component[];
  prepForXml(context: Context): unknown;
}

const pushPrepared = (children: unknown[], prepared: unknown): void => {
  if (Array.isArray(prepared)) {
    for (const child of prepared) if (child !== undefined) children.push(child);
  } else if (prepared !== undefined) children.push(prepared);
};

// docx prepares an element's children with flatMap, a closure per child and a filter, three arrays per
// element. One loop does the same: a component's parts (a run written as several) or the component,
// flattened one level as flatMap does, undefined dropped. 40 documents, fastest of 25 rounds in 3 runs:
// 8.8–9.7 → 6.9–7.7 ms per DOCX.
const components = XmlComponent.prototype as unknown as Component;

components.prepForXml = function prepForXml(this: Component, context: Context) {
  context.stack.push(this);
  const children: unknown[] = [];
  for (const child of this.root) {
    if (!isXmlComponent(child)) {
      pushPrepared(children, child);
      continue;
    }
    const component = child as unknown as Component;
    if (!component.writtenAs) {
      pushPrepared(children, component.prepForXml(context));
      continue;
    }
    // Each part counts as one child, whatever it prepares to: flatMap flattens only the list of parts.
    for (const part of component.writtenAs) {
      const prepared = part.prepForXml(context);
      if (prepared !== undefined) children.push(prepared);
    }
  }
  context.stack.pop();
  const only = children.length === 1 ? (children[0] as { _attr?: unknown }) : undefined;
  return { [this.rootKey]: children.length === 0 ? EMPTY_OBJECT : only?._attr ? only : children };
};
