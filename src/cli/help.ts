// German help texts for the command line.

export const HELP = `ratsvorlage – Sitzungsvorlagen aus YAML als DOCX und PDF

Aufruf:
  ratsvorlage render <dateien|ordner…> [--format docx,pdf] [--out out] [--jobs N] [--nur-geaenderte]
  ratsvorlage validate <dateien…> [--json]
  ratsvorlage new <beschlussvorlage|mitteilungsvorlage> [--kommune <kennung>] [datei]
  ratsvorlage watch <datei> [--format docx,pdf] [--out out]
  ratsvorlage schema [vorlage|beschlussvorlage|mitteilungsvorlage|vereinbarung|bericht|jahresbericht|
                     kommune|gemeinsam]
  ratsvorlage help

Im Projektordner (nach „npm install“) schreiben Sie „npx ratsvorlage …“.

Befehle:
  render     Prüft jede Vorlage und erzeugt DOCX und PDF unter <out>/<kommune>/<Vorlagen-Nr.>.
             Ordner werden nach *.yaml- und *.yml-Dateien durchsucht (ohne Dateien, deren Name mit
             „_“ beginnt: das sind gemeinsame Basen). Mehrere Vorlagen laufen parallel; eine
             fehlerhafte hält die anderen nicht auf. Strg+C beendet nach den laufenden Vorlagen.
  validate   Prüft Vorlagen und zeigt jeden Fehler mit Datei:Zeile:Spalte (erst Form und Felder,
             dann, wenn die stimmen, Inhalt: Gremien, Sitzungen, Summen).
  new        Legt eine kommentierte, sofort gültige Vorlage an (ohne Datei: Ausgabe auf dem
             Bildschirm). Eine vorhandene Datei wird nie überschrieben.
  watch      Prüft und erzeugt die Vorlage bei jedem Speichern neu – auch wenn sich ihre Basis,
             eine Partnerliste oder das Kommunenprofil ändert –, bis Sie Strg+C drücken.
  schema     Gibt ein JSON Schema aus (für Editoren und andere Werkzeuge).
  help       Zeigt diese Hilfe.

Optionen:
  --format <liste>     Ausgabeformate, durch Komma getrennt (Voreinstellung: docx,pdf)
  --out <ordner>       Zielordner (Voreinstellung: out)
  --json               Befunde bzw. Zusammenfassung als JSON ausgeben (für andere Werkzeuge)
  -j, --jobs <n>       Anzahl paralleler Arbeitsprozesse (Voreinstellung: einer je 8 Vorlagen,
                       höchstens einer je Prozessorkern)
  -q, --quiet          nur die Zusammenfassung ausgeben
  --nur-geaenderte     Vorlagen überspringen, deren Eingaben (Vorlage, Basis, Profil, Vorlagen,
                       Schriften) sich seit dem letzten Erzeugen nicht geändert haben und deren
                       Dateien unverändert im Ausgabeordner liegen
  --kommune <kennung>  Kommunenprofil für „new“ (Voreinstellung: das erste vorhandene)
  --kommunen <ordner>  weiterer Ordner mit Kommunenprofilen (wie RATSVORLAGE_KOMMUNEN)
  -h, --help           Hilfe anzeigen
  -v, --version        Version anzeigen

Rückgabewerte:
  0  alles in Ordnung
  1  mindestens eine Vorlage ist fehlerhaft und wurde nicht erzeugt
  2  falscher Aufruf
  3  interner Fehler (bitte melden)

Beispiele:
  ratsvorlage new beschlussvorlage entwurf.yaml
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
  const options = lines.slice(lines.indexOf('Optionen:'), lines.indexOf('Rückgabewerte:') - 1);
  return ['Aufruf:', ...calls, '', ...lines.slice(start, end), '', ...options, '', 'Alle Befehle: npx ratsvorlage help'].join('\n');
}
