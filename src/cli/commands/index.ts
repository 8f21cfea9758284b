// The command table: name → command, each loaded when called, so `render` of a batch does not load the
// renderer into the thread that only hands out documents (its workers load it), and `help` starts at once.
import { EXIT } from '../errors.js';
import { HELP } from '../help.js';
import type { Command } from './shared.js';

const help: Command = async (_, output) => {
  output.out(HELP);
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
