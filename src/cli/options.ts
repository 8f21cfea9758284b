// The command-line options in one table: how they are parsed, how the help shows them, which commands
// they apply to, and what to say when one is given without its value.

/** What an option's value is, for the help („--out <ordner>“) and for a missing value. */
export interface OptionValue {
  placeholder: string;
  /** The value in words, as the subject of „Nach --out fehlt …“. */
  what: string;
  example: string;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  value?: OptionValue;
  /** The help text, one entry per line. */
  help: readonly string[];
  /** The commands it applies to; every command when absent, none (only the program) when empty. */
  commands?: readonly string[];
}

export const OPTIONS = {
  format: {
    type: 'string',
    value: { placeholder: '<liste>', what: 'die Liste der Ausgabeformate', example: 'docx,pdf' },
    help: ['Ausgabeformate, durch Komma getrennt (Voreinstellung: docx,pdf)'],
    commands: ['render', 'watch'],
  },
  out: {
    type: 'string',
    value: { placeholder: '<ordner>', what: 'der Ausgabeordner', example: 'ausgabe' },
    help: ['Zielordner (Voreinstellung: out)'],
    commands: ['render', 'watch'],
  },
  json: {
    type: 'boolean',
    help: ['Befunde bzw. Zusammenfassung als JSON ausgeben (für andere Werkzeuge)'],
    commands: ['render', 'validate'],
  },
  jobs: {
    type: 'string',
    short: 'j',
    value: { placeholder: '<n>', what: 'die Anzahl der Arbeitsprozesse (1 bis 64)', example: '2' },
    help: ['Anzahl paralleler Arbeitsprozesse (Voreinstellung: einer je 8 Vorlagen,', 'höchstens einer je Prozessorkern)'],
    commands: ['render'],
  },
  quiet: { type: 'boolean', short: 'q', help: ['nur die Zusammenfassung ausgeben'], commands: ['render'] },
  'nur-geaenderte': {
    type: 'boolean',
    help: [
      'Vorlagen überspringen, deren Felder (mit Basis und eigener Tabellenzeile),',
      'Profil, Vorlagen und Schriften sich seit dem letzten Erzeugen nicht geändert',
      'haben und deren Dateien unverändert im Ausgabeordner liegen',
    ],
    commands: ['render'],
  },
  kommune: {
    type: 'string',
    value: { placeholder: '<kennung>', what: 'die Kennung der Kommune', example: 'stadt-olfen' },
    help: [
      'Kommunenprofil der neuen Vorlage (ohne: das einzige eigene oder vorhandene;',
      'bei mehreren nennt new sie zur Wahl); mehrere, durch Komma getrennt: ein Text',
      'für alle Kommunen und eine Tabelle mit dem, was je Kommune verschieden ist',
    ],
    commands: ['new'],
  },
  kommunen: {
    type: 'string',
    value: { placeholder: '<ordner>', what: 'der Ordner mit Kommunenprofilen', example: 'meine-kommunen' },
    help: ['weiterer Ordner mit Kommunenprofilen (wie RATSVORLAGE_KOMMUNEN)'],
    commands: ['render', 'validate', 'new', 'watch'],
  },
  help: { type: 'boolean', short: 'h', help: ['Hilfe anzeigen'] },
  version: { type: 'boolean', short: 'v', help: ['Version anzeigen'], commands: [] },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** One argument as node:util parseArgs reports it with `tokens: true`. */
export type ArgToken = { kind: 'positional'; value: string } | { kind: 'option-terminator' } | OptionToken;
export type OptionToken = { kind: 'option'; name: string; rawName: string; value?: string; inlineValue?: boolean };

const entries = Object.entries(OPTIONS) as [OptionName, OptionSpec][];

/** The options as node:util parseArgs wants them. */
export const PARSE_OPTIONS = Object.fromEntries(entries.map(([name, spec]) => [name, { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }])) as {
  [K in OptionName]: { type: (typeof OPTIONS)[K]['type']; short?: string };
};

/** The options that apply to a command (all of them for the general help). */
export function optionsFor(command?: string): [OptionName, OptionSpec][] {
  return entries.filter(([, spec]) => command === undefined || spec.commands === undefined || spec.commands.includes(command));
}

export const optionSpec = (name: string): OptionSpec | undefined => (OPTIONS as Record<string, OptionSpec>)[name];
