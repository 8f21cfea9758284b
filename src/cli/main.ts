// Entry point of the `ratsvorlage` command: argument parsing, dispatch, exit codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../paths.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, UsageError } from './errors.js';
import { commandHelp, HELP, helpCall } from './help.js';
import { optionError, rejectEmptyValues } from './option-errors.js';
import { rejectForeignOptions } from './option-scope.js';
import { PARSE_OPTIONS } from './options.js';
import { consoleOutput, type Output } from './report.js';

function version(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, tokens: true, options: PARSE_OPTIONS });
  } catch (err) {
    throw optionError(err, argv);
  }
}

/** The command's name, also when its options are wrong: a lenient parse, which never throws. */
function commandName(argv: string[]): string | undefined {
  return parseArgs({ args: argv, allowPositionals: true, strict: false, options: PARSE_OPTIONS }).positionals[0];
}

export async function main(argv: string[], output: Output = consoleOutput): Promise<number> {
  try {
    const { values, positionals, tokens } = parse(argv);
    if (values.version) {
      output.out(version());
      return EXIT.ok;
    }
    const [name, ...rest] = positionals;
    if (values.kommunen) process.env.RATSVORLAGE_KOMMUNEN = values.kommunen;
    if (values.help && name !== undefined && commandHelp(name)) {
      output.out(commandHelp(name)!);
      return EXIT.ok;
    }
    if (values.help || name === undefined) {
      output.out(HELP);
      return name === undefined && !values.help ? EXIT.usage : EXIT.ok;
    }
    const load = COMMANDS[name];
    if (!load) throw new UsageError(`Unbekannter Befehl „${name}“. Möglich sind: ${Object.keys(COMMANDS).join(', ')}.`);
    rejectForeignOptions(name, tokens);
    rejectEmptyValues(tokens);
    const { kommunen: _kommunen, ...options } = values;
    const command = await load();
    return await command({ ...options, positionals: rest }, output);
  } catch (err) {
    if (err instanceof UsageError) {
      output.err(`Fehler: ${err.message}`);
      output.err(`Hilfe: ${helpCall(commandName(argv))}`);
      return EXIT.usage;
    }
    output.err(`Interner Fehler: ${(err as Error).message}`);
    output.err('Das ist ein Fehler im Programm, nicht in Ihrer Vorlage. Bitte melden Sie ihn mit der Vorlage.');
    if (process.env.RATSVORLAGE_DEBUG) output.err(String((err as Error).stack));
    return EXIT.internal;
  }
}
