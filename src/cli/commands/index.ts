// The command table: name → command.
import { EXIT } from '../errors.js';
import { HELP } from '../help.js';
import { newSpec } from './new.js';
import { render } from './render.js';
import { schema } from './schema.js';
import type { Command } from './shared.js';
import { validate } from './validate.js';
import { watch } from './watch.js';

const help: Command = async (_, output) => {
  output.out(HELP);
  return EXIT.ok;
};

export const COMMANDS: Record<string, Command> = { render, validate, new: newSpec, schema, watch, help };
