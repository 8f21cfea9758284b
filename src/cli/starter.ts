// `ratsvorlage new`: a commented starter spec that validates and renders as it is.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { stringify } from 'yaml';
import { SCHEMA_DIR, TEMPLATE_DIR } from '../paths.js';
import { shellWord } from './commands/shared.js';
import type { Profile } from '../profile/types.js';
import type { VorlageArt } from '../spec/types.js';
import { OPEN_NR } from '../spec/open-vorlagen-nr.js';

const ART_NAMES: Record<VorlageArt, string> = { beschlussvorlage: 'Beschlussvorlage', mitteilungsvorlage: 'Mitteilungsvorlage' };
const SESSION_AFTER_DAYS = 28;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function template(): Handlebars.TemplateDelegate {
  const env = Handlebars.create();
  // A value after „key: “ on one line: text of several lines in quotes with \n, since a block scalar
  // would need the indentation of the line it is written on.
  env.registerHelper('y', (value: unknown) =>
    typeof value === 'string' && value.includes('\n') ? JSON.stringify(value) : stringify(value, { lineWidth: 0 }).trimEnd(),
  );
  env.registerHelper('q', (value: unknown) => JSON.stringify(String(value)));
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  return env.compile(readFileSync(join(TEMPLATE_DIR, 'neu', 'vorlage.yaml.hbs'), 'utf8'), { strict: true, noEscape: true });
}

export interface StarterOptions {
  art: VorlageArt;
  profile: Profile;
  /** Where the file will be written (for the schema path); undefined for standard output. */
  file?: string;
  today: Date;
}

export function starterSpec({ art, profile, file, today }: StarterOptions): string {
  const session = new Date(today.getTime() + SESSION_AFTER_DAYS * 86_400_000);
  const schemaFile = join(SCHEMA_DIR, 'vorlage.schema.json');
  const schema = relative(file ? dirname(file) : process.cwd(), schemaFile).split('\\').join('/');
  return template()({
    schema,
    art,
    artName: ART_NAMES[art],
    kommune: { id: profile.id, name: profile.name },
    datei: shellWord(file ?? 'vorlage.yaml'),
    offen: OPEN_NR,
    vorlagenNrForm: profile.vorlagen_nr?.beispiel ?? null,
    heute: isoDate(today),
    sitzung: isoDate(session),
    amt: profile.aemter?.[0] ?? null,
    gremium: profile.gremien?.[0] ?? 'Rat',
    zustaendigkeit: art === 'beschlussvorlage' ? 'Entscheidung' : 'Kenntnisnahme',
    zusatz: profile.unterschrift?.zusatz ?? null,
  });
}
