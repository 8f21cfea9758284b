// Which municipality a new Vorlage is for when `new` is called without --kommune. The letterhead must
// not be a guess: one profile of the user's own (in a folder RATSVORLAGE_KOMMUNEN or --kommunen names),
// or the only one there is, is taken and named; with several the user is asked to choose, with the list.
// `new` does not ask interactively: like every other command it behaves the same in a script.
import { availableProfiles, ownProfileDirs } from '../profile/load.js';
import { displayPath } from '../paths.js';
import { UsageError } from './errors.js';
import { shellWord } from './commands/shared.js';

export interface ChosenProfile {
  id: string;
  /** What the user is told about the choice, when it was not theirs. */
  note?: string;
}

const HOW_TO_CHOOSE = 'Eine andere Kommune wählen Sie mit --kommune <kennung>.';

/** The profile for `new`: the one asked for, else the only candidate (with a note); several are a usage error. */
export function chooseProfile(asked: string | undefined, call: { art: string; file?: string }): ChosenProfile {
  if (asked !== undefined) return { id: asked };
  const ownDirs = ownProfileDirs();
  const own = availableProfiles(ownDirs);
  const candidates = own.length > 0 ? own : availableProfiles();
  const where = own.length > 0 ? ` in ${ownDirs.map(displayPath).join(', ')}` : '';
  const [first] = candidates;
  if (first === undefined) throw new UsageError('Es gibt noch kein Kommunenprofil unter templates/kommunen/.');
  if (candidates.length === 1) {
    return { id: first, note: `Hinweis: Die Vorlage ist für „${first}“ angelegt, das einzige Kommunenprofil${where}. ${HOW_TO_CHOOSE}` };
  }
  const example = ['npx ratsvorlage new', call.art, ...(call.file ? [shellWord(call.file)] : []), '--kommune', first].join(' ');
  throw new UsageError(
    [
      `Für welche Kommune ist die Vorlage? Es gibt ${candidates.length} Kommunenprofile${where}: ${candidates.join(', ')}.`,
      `Wählen Sie eines mit --kommune, zum Beispiel: ${example}`,
      ...(own.length > 0 ? [] : ['Liegt Ihr eigenes Profil in einem Ordner, den RATSVORLAGE_KOMMUNEN nennt, und ist es dort das einzige, wird es ohne --kommune gewählt.']),
    ].join('\n'),
  );
}
