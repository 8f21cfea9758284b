// German help texts for the command line.

export const HELP = `ratsvorlage – Sitzungsvorlagen aus YAML als DOCX und PDF

Aufruf:
  ratsvorlage render <dateien|ordner…> [--format docx,pdf] [--out out]
  ratsvorlage validate <dateien…> [--json]
  ratsvorlage help

Befehle:
  render     Prüft jede Vorlage und erzeugt DOCX und PDF unter <out>/<kommune>/<Vorlagen-Nr.>.
             Ordner werden nach *.yaml- und *.yml-Dateien durchsucht.
  validate   Prüft Vorlagen und zeigt jeden Fehler mit Datei:Zeile:Spalte.
  help       Zeigt diese Hilfe.

Optionen:
  --format <liste>  Ausgabeformate, durch Komma getrennt (Voreinstellung: docx,pdf)
  --out <ordner>    Zielordner (Voreinstellung: out)
  --json            Befunde als JSON ausgeben (für Editoren und andere Werkzeuge)
  -h, --help        Hilfe anzeigen
  -v, --version     Version anzeigen

Rückgabewerte:
  0  alles in Ordnung
  1  mindestens eine Vorlage ist fehlerhaft und wurde nicht erzeugt
  2  falscher Aufruf
  3  interner Fehler (bitte melden)

Beispiel:
  ratsvorlage render examples --out out
`;
