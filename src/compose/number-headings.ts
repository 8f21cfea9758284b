// Numbers sub-headings (level 2 and deeper) as 1., 1.1, 1.1.1 when the house style asks for it.
// Section headings (level 1) are the fixed labels of the Vorlage and stay unnumbered; numbering
// restarts in every section.
import type { Block, HeadingBlock } from '../model/types.js';

export function numberHeadings(blocks: readonly Block[], fromLevel: 1 | 2 = 2): Block[] {
  const counters = [0, 0, 0, 0];
  return blocks.map((block) => {
    if (block.type !== 'heading') return block;
    if (block.level < fromLevel) {
      counters.fill(0);
      return block;
    }
    // A heading that skips a level (#### under ##) is numbered as the next level down, never „1.0.1“.
    let depth = block.level - fromLevel;
    while (depth > 0 && counters[depth - 1] === 0) depth -= 1;
    counters[depth]! += 1;
    counters.fill(0, depth + 1);
    const label = counters.slice(0, depth + 1).join('.') + (depth === 0 && fromLevel === 2 ? '.' : '');
    const numbered: HeadingBlock = { ...block, children: [{ type: 'text', value: `${label} ` }, ...block.children] };
    return numbered;
  });
}
