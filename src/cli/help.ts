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
