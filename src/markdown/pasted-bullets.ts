// Lists pasted from Word arrive as lines that begin with the bullet Word drew („• Punkt“, „▪ Punkt“,
// „– Punkt“). Markdown knows only „- “, „* “ and „+ “, so such lines ran together into one paragraph.
// Each such bullet becomes „-“ before parsing: one character for one, so every position stays true.

const BULLETS = '•▪◦●■○□➢‣⁃–—';
const ANY_BULLET = new RegExp(`[${BULLETS}]`, 'u');
// Up to three spaces before (four make code in Markdown), also inside a quote („> • Punkt“).
const BULLET_LINE = new RegExp(`^((?:> ?)* {0,3})([${BULLETS}])(?=[ \\t])`, 'u');

// A line of prose may begin with a dash („– so die Leitung – …“): a dash is a bullet only in a paragraph
// where another line begins with a bullet or a dash too.
const DASHES = new Set(['–', '—']);

/** The text with Word's bullets at the start of a line written as Markdown's. */
export function bulletsAsMarkdown(text: string): string {
  if (!ANY_BULLET.test(text)) return text;
  const lines = text.split('\n');
  const bullets = lines.map((line) => BULLET_LINE.exec(line));
  return lines
    .map((line, i) => {
      const bullet = bullets[i];
      if (!bullet) return line;
      if (DASHES.has(bullet[2]!) && !paragraphAround(lines, i).some((j) => j !== i && bullets[j])) return line;
      return `${bullet[1]}-${line.slice(bullet[0].length)}`;
    })
    .join('\n');
}

/** The indexes of the lines of the paragraph (lines up to the next blank ones) that holds line `i`. */
function paragraphAround(lines: readonly string[], i: number): number[] {
  const blank = (j: number) => lines[j]!.trim() === '';
  let start = i;
  while (start > 0 && !blank(start - 1)) start--;
  let end = i;
  while (end < lines.length - 1 && !blank(end + 1)) end++;
  return Array.from({ length: end - start + 1 }, (_, k) => start + k);
}
