// German help texts for the command line.
import { optionsFor, type OptionSpec } from './options.js';

const OPTION_COLUMN = 24;
const ALL_HELP = 'npx ratsvorlage help';

/** „  -j, --jobs <n>       Anzahl …“ with its further lines indented under the first. */
function optionLine(name: string, spec: OptionSpec): string[] {
  const call = `  ${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value.placeholder}` : ''}`;
  const [first, ...rest] = spec.help;
  return [`${call.padEnd(OPTION_COLUMN - 1)}${first}`, ...rest.map((line) => `${' '.repeat(OPTION_COLUMN - 1)}${line}`)];
}

/** The help lines of the options that apply to a command, or of all. */
function optionLines(command?: string): string[] {
  return optionsFor(command).flatMap(([name, spec]) => optionLine(name, spec));
}

export const HELP = `ratsvorlage – Sitzungsvorlagen aus YAML als DOCX und PDF

Aufruf:
  ratsvorlage render <dateien|ordner…> [--format docx,pdf] [--out out] [--jobs N] [--nur-geaenderte]
  ratsvorlage validate <dateien…> [--json]
  ratsvorlage new <beschlussvorlage|mitteilungsvorlage> [--kommune <kennung>[,<kennung>…]] [datei]
  ratsvorlage watch <datei> [--format docx,pdf] [--out out]
  ratsvorlage schema [vorlage|beschlussvorlage|mitteilungsvorlage|vereinbarung|bericht|jahresbericht|
                     kommune|gemeinsam]
  ratsvorlage help [befehl]

Im Projektordner (nach „npm install“) schreiben Sie „npx ratsvorlage …“.

Befehle:
  render     Prüft jede Vorlage und erzeugt DOCX und PDF unter <out>/<kommune>/<Vorlagen-Nr.>.
             Ordner werden nach *.yaml- und *.yml-Dateien durchsucht (ohne Dateien, deren Name mit
             „_“ beginnt: das sind gemeinsame Basen). Mehrere Vorlagen laufen parallel; eine
             fehlerhafte hält die anderen nicht auf. Strg+C beendet nach den laufenden Vorlagen.
  validate   Prüft Vorlagen und zeigt jeden Fehler mit Datei:Zeile:Spalte (erst Form und Felder,
             dann, wenn die stimmen, Inhalt: Gremien, Sitzungen, Summen).
  new        Legt eine kommentierte, sofort gültige Vorlage an (ohne Datei: Ausgabe auf dem
             Bildschirm). Für mehrere Kommunen („--kommune a,b,c“) einen Text für alle und eine
             Tabelle <datei>-kommunen.csv mit einer Zeile je Kommune. Eine vorhandene Datei wird
             nie überschrieben.
  watch      Prüft und erzeugt die Vorlage bei jedem Speichern neu – auch wenn sich ihre Basis,
             eine Partnerliste oder das Kommunenprofil ändert –, bis Sie Strg+C drücken.
  schema     Gibt ein JSON Schema aus (für Editoren und andere Werkzeuge).
  help       Zeigt diese Hilfe; mit einem Befehl („help render“ oder „render --help“) nur,
             was für ihn gilt.

Optionen:
${optionLines().join('\n')}

Rückgabewerte:
  0  alles in Ordnung
  1  mindestens eine Vorlage ist fehlerhaft und wurde nicht erzeugt
  2  falscher Aufruf
  3  interner Fehler (bitte melden)

Beispiele:
  ratsvorlage new beschlussvorlage entwurf.yaml --kommune stadt-olfen
  ratsvorlage new mitteilungsvorlage sachstand.yaml --kommune kreis-coesfeld,stadt-olfen
  ratsvorlage watch entwurf.yaml
  ratsvorlage render examples --out out
`;

/** The part of the help about one command: its call, what it does, and the options (taken from HELP). */
export function commandHelp(name: string): string | undefined {
  const lines = HELP.split('\n');
  const section = (title: string) => {
    const from = lines.indexOf(title) + 1;
    const to = lines.indexOf('', from);
    return lines.slice(from, to < 0 ? undefined : to);
  };
  // A call and the lines that continue it (indented further than the command's name).
  const calls = section('Aufruf:').filter((line, i, all) => {
    const own = (l: string) => l.startsWith(`  ratsvorlage ${name} `) || l === `  ratsvorlage ${name}`;
    return own(line) || (/^ {5,}\S/.test(line) && i > 0 && own(all[i - 1]!));
  });
  const start = lines.findIndex((line) => line.startsWith(`  ${name} `));
  if (calls.length === 0 || start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && /^ {13}\S/.test(lines[end]!)) end++;
  return ['Aufruf:', ...calls, '', ...lines.slice(start, end), '', 'Optionen:', ...optionLines(name), '', `Alle Befehle: ${ALL_HELP}`].join('\n');
}

/** The call that shows the help a user needs after a mistake: the command's own, if it has one, else all of it. */
export function helpCall(command?: string): string {
  return command !== undefined && command !== 'help' && commandHelp(command) ? `${ALL_HELP} ${command}` : ALL_HELP;
}
