// The command table: name → command, each loaded when called, so `render` of a batch does not load the
// renderer into the thread that only hands out documents (its workers load it), and `help` starts at once.
import { EXIT, UsageError } from '../errors.js';
import { commandHelp, HELP } from '../help.js';
import type { Command } from './shared.js';

/** „help“ alone: everything; „help render“: that command's call and options. */
const help: Command = async ({ positionals: [name, ...extra] }, output) => {
  const text = name === undefined ? HELP : commandHelp(name);
  if (text === undefined || extra.length > 0) {
    throw new UsageError(`Zu „${[name, ...extra].join(' ')}“ gibt es keine Hilfe. Befehle sind: ${Object.keys(COMMANDS).join(', ')}.`);
  }
  output.out(text);
  return EXIT.ok;
};

export const COMMANDS: Record<string, () => Promise<Command>> = {
  render: async () => (await import('./render.js')).render,
  validate: async () => (await import('./validate.js')).validate,
  new: async () => (await import('./new.js')).newSpec,
  schema: async () => (await import('./schema.js')).schema,
  watch: async () => (await import('./watch.js')).watch,
  help: async () => help,
};
