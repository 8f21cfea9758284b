// How both writers label list items, by nesting depth (0 = top level).

/** Bullets by depth, repeating after four levels. */
export const BULLETS = ['•', '–', '◦', '▪'] as const;

export const bulletAt = (depth: number): string => BULLETS[depth % BULLETS.length]!;

/** Ordered lists count a), b) … at the second level (and every third one below it), 1., 2. … elsewhere. */
export const lettersAt = (depth: number): boolean => depth % 3 === 1;
