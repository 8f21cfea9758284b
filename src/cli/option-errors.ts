// What went wrong with an option, in German: node:util parseArgs only says „Option '--out <value>' argument
// missing“. One message per kind of mistake, found by the error's code; an empty value („--out ""“) gets
// the same message as a missing one.
import { nearestName } from '../spec/suggest.js';
import { UsageError } from './errors.js';
import { OPTIONS, optionSpec, type ArgToken } from './options.js';

/** The option as the user wrote it: „-j“ or „--jobs“. */
function written(name: string, argv: readonly string[]): string {
  const short = optionSpec(name)?.short;
  return short && argv.includes(`-${short}`) ? `-${short}` : `--${name}`;
}

function badValue(name: string, flag: string): string {
  const spec = optionSpec(name);
  if (!spec?.value) return `${flag} steht für sich und nimmt keinen Wert an. Schreiben Sie nur ${flag}.`;
  const { what, example } = spec.value;
  return `Nach ${flag} fehlt ${what}. Beispiel: ${flag} ${example}`;
}

function unknown(option: string): string {
  const names = Object.keys(OPTIONS).map((name) => `--${name}`);
  const meant = option.startsWith('--') ? nearestName(option, names) : undefined;
  const suggestion = meant ? ` Meinten Sie „${meant}“?` : '';
  return `Unbekannte Option „${option}“.${suggestion}`;
}

const MESSAGES: Record<string, (option: string, argv: readonly string[]) => string> = {
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: (option, argv) => {
    const name = /--([\w-]+)/.exec(option)?.[1] ?? option;
    return badValue(name, written(name, argv));
  },
  ERR_PARSE_ARGS_UNKNOWN_OPTION: (option) => unknown(option),
};

/** The usage error for a failure of parseArgs. */
export function optionError(err: unknown, argv: readonly string[]): UsageError {
  const { code, message } = err as { code?: string; message?: string };
  const option = /'([^']+)'/.exec(message ?? '')?.[1];
  const explain = code === undefined ? undefined : MESSAGES[code];
  return new UsageError(explain && option ? explain(option, argv) : 'Die Optionen sind fehlerhaft.');
}

/** An option given an empty value („--out ""“, „--format=“) is reported like one without its value. */
export function rejectEmptyValues(tokens: readonly ArgToken[]): void {
  const empty = tokens.find((t) => t.kind === 'option' && t.value?.trim() === '');
  if (empty?.kind === 'option') throw new UsageError(badValue(empty.name, empty.rawName));
}
