// An option the command does not take („validate --out ausgabe“) is a usage error, not silently ignored:
// the table in options.ts says which commands take it, and the message shows the call without it.
import { UsageError } from './errors.js';
import { optionsFor, optionSpec, type ArgToken, type OptionToken } from './options.js';
import { shellWord } from './commands/shared.js';

const germanList = (words: readonly string[]) => new Intl.ListFormat('de', { type: 'conjunction' }).format(words);

/** The token as it goes back onto a command line; an inline value („--out=a“, „-j2“) stays inline. */
function word(token: ArgToken): string {
  if (token.kind === 'positional') return shellWord(token.value);
  if (token.kind === 'option-terminator') return '--';
  if (token.value === undefined) return token.rawName;
  if (token.inlineValue) return shellWord(`${token.rawName}${token.rawName.startsWith('--') ? '=' : ''}${token.value}`);
  return `${token.rawName} ${shellWord(token.value)}`;
}

/** „validate verwendet --out nicht; --out gilt für render und watch.“ */
function notUsed(command: string, { rawName, name }: OptionToken): string {
  const takers = optionSpec(name)?.commands ?? [];
  return `${command} verwendet ${rawName} nicht; ${rawName} gilt ${takers.length ? `für ${germanList(takers)}` : 'nur ohne Befehl'}.`;
}

/** Throws a usage error naming every given option that the command does not take. */
export function rejectForeignOptions(command: string, tokens: readonly ArgToken[]): void {
  const taken = new Set(optionsFor(command).map(([name]) => name as string));
  const foreign = tokens.filter((t): t is OptionToken => t.kind === 'option' && !taken.has(t.name));
  if (foreign.length === 0) return;
  const lines = new Map(foreign.map((t) => [t.rawName, notUsed(command, t)]));
  const kept = tokens.filter((t) => !(foreign as readonly ArgToken[]).includes(t));
  const call = ['npx ratsvorlage', ...kept.map(word)].join(' ');
  throw new UsageError([...lines.values(), `Ohne ${germanList([...lines.keys()])}: ${call}`].join('\n'));
}
