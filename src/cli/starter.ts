// `ratsvorlage new`: a commented starter spec that validates and renders as it is.
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { stringify } from 'yaml';
import { SCHEMA_DIR, TEMPLATE_DIR } from '../paths.js';
import { shellWord } from './commands/shared.js';
import type { Profile } from '../profile/types.js';
import type { VorlageArt } from '../spec/types.js';
import { OPEN_NR } from '../spec/open-vorlagen-nr.js';
import { csvText } from '../spec/csv-records.js';

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
  /** One municipality, or several: then one text for all, and what differs in a table (see starterTable). */
  profiles: Profile[];
  /** Where the file will be written (for the schema path); undefined for standard output. */
  file?: string;
  today: Date;
}

/** The table of municipalities beside a spec for several: entwurf.yaml → entwurf-kommunen.csv. */
export function tableFileFor(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}-kommunen.csv`);
}

const firstGremium = (profile: Profile) => profile.gremien?.[0] ?? 'Rat';
const sessionDate = (today: Date) => isoDate(new Date(today.getTime() + SESSION_AFTER_DAYS * 86_400_000));
const zustaendigkeitFor = (art: VorlageArt) => (art === 'beschlussvorlage' ? 'Entscheidung' : 'Kenntnisnahme');

export function starterSpec({ art, profiles, file, today }: StarterOptions): string {
  const [profile] = profiles as [Profile];
  const table = profiles.length > 1 && file ? basename(tableFileFor(file)) : null;
  const schemaFile = join(SCHEMA_DIR, 'vorlage.schema.json');
  const schema = relative(file ? dirname(file) : process.cwd(), schemaFile).split('\\').join('/');
  return template()({
    schema,
    art,
    artName: ART_NAMES[art],
    fuer: table ? `${profiles.length} Kommunen (${profiles.map((p) => p.name).join(', ')})` : profile.name,
    tabelle: table,
    kommune: { id: profile.id, name: profile.name },
    datei: shellWord(file ?? 'vorlage.yaml'),
    offen: OPEN_NR,
    vorlagenNrForm: profile.vorlagen_nr?.beispiel ?? null,
    heute: isoDate(today),
    sitzung: sessionDate(today),
    amt: table ? null : (profile.aemter?.[0] ?? null),
    gremium: firstGremium(profile),
    // The shared text names no council: each copy goes to its own.
    beschliessendes: table ? 'Das Gremium' : `Der ${firstGremium(profile)}`,
    zustaendigkeit: zustaendigkeitFor(art),
    zusatz: profile.unterschrift?.zusatz ?? null,
  });
}

/** The columns of the starter's table: what differs from one municipality to the next. */
const TABLE_COLUMNS: [head: string, cell: (profile: Profile, options: StarterOptions) => string][] = [
  ['kommune', (profile) => profile.id],
  ['vorlagen_nr', () => OPEN_NR],
  ['federfuehrung', (profile) => profile.aemter?.[0] ?? ''],
  ['beratungsfolge.1.datum', (_, { today }) => sessionDate(today)],
  ['beratungsfolge.1.gremium', firstGremium],
  ['beratungsfolge.1.zustaendigkeit', (_, { art }) => zustaendigkeitFor(art)],
  ['unterschrift.zusatz', (profile) => profile.unterschrift?.zusatz ?? ''],
  ['unterschrift.name', () => 'Name'],
  ['unterschrift.gezeichnet', () => 'ja'],
];

/** The table of the municipalities for a starter with several: a head, then a row for each. */
export function starterTable(options: StarterOptions): string {
  const rows = [TABLE_COLUMNS.map(([head]) => head), ...options.profiles.map((profile) => TABLE_COLUMNS.map(([, cell]) => cell(profile, options)))];
  return csvText(rows);
}
