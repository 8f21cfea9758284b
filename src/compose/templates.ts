// Loads and compiles the Handlebars templates and partials once per process.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATE_DIR } from '../paths.js';
import { helpers } from './helpers.js';

const PARTIAL_DIR = join(TEMPLATE_DIR, 'partials');
const SUFFIX = '.md.hbs';
const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

function createEnvironment(): typeof Handlebars {
  const env = Handlebars.create();
  env.registerHelper(helpers);
  for (const file of readdirSync(PARTIAL_DIR).filter((f) => f.endsWith(SUFFIX)).sort()) {
    const source = readFileSync(join(PARTIAL_DIR, file), 'utf8');
    env.registerPartial(basename(file, SUFFIX), env.compile(source, COMPILE_OPTIONS));
  }
  return env;
}

let environment: typeof Handlebars | undefined;
const compiled = new Map<string, Handlebars.TemplateDelegate>();

/** The compiled template for a document kind (templates/<art>.md.hbs); never a template from a spec. */
export function templateFor(art: string): Handlebars.TemplateDelegate {
  environment ??= createEnvironment();
  let template = compiled.get(art);
  if (!template) {
    const source = readFileSync(join(TEMPLATE_DIR, `${art}${SUFFIX}`), 'utf8');
    template = environment.compile(source, COMPILE_OPTIONS);
    compiled.set(art, template);
  }
  return template;
}
