// Which copies a spec file makes (`ausfertigungen`), found in the batch's own thread so that each copy
// becomes a job of its own: copies render in parallel, and one wrong row fails only its own copy. Only
// files whose text lists copies are loaded here; the renderer's modules stay out of this thread otherwise.
import { readFileSync } from 'node:fs';

/** Whether a file's text may list copies: a top-level `ausfertigungen:` or `ausfertigungen_datei:`. */
export const mayListCopies = (text: string): boolean => /^ausfertigungen(_datei)?\s*:/m.test(text);

/** The names of the copies a file makes; undefined for a file that makes one spec (or whose list is wrong). */
export async function copyNames(file: string): Promise<string[] | undefined> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // the job reports the file it cannot read
  }
  if (!mayListCopies(text)) return undefined;
  const [{ loadWithBasis }, { copiesOf }] = await Promise.all([import('../spec/basis.js'), import('../spec/copies.js')]);
  const copies = copiesOf(loadWithBasis(file));
  return copies[0]?.copy ? copies.map((copy) => copy.copy!.name) : undefined;
}
