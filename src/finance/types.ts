// Structured financial impact as written in a spec (mirrors $defs/finanzen in schemas/gemeinsam.schema.json).

export type Amount = number | null;

export interface PlanRow {
  bezeichnung: string;
  betraege?: Amount[];
  betrag?: Amount;
  menge?: number;
  einzelpreis?: number;
  einwohner?: number;
  gewicht?: number;
  uebernommen?: boolean;
  kursiv?: boolean;
  darin_enthalten?: PlanRow[];
  zeilen?: PlanRow[];
}

export interface PlanColumn {
  name: string;
  gesamt?: boolean;
  aus?: string;
  faktor?: number;
}

export interface PlanTable {
  ueberschrift?: string;
  text?: string;
  titel?: string;
  spalten?: PlanColumn[];
  berechnung_zeigen?: boolean;
  zeilen: PlanRow[];
  summe?: { bezeichnung: string; betraege?: Amount[]; betrag?: Amount; einwohner?: number; uebernommen?: boolean };
  verteilung?: { schluessel: 'gleich' | 'einwohner' | 'gewichte'; betrag?: number };
  hochrechnungen?: { bezeichnung: string; spalte: string; faktor: number; betrag?: Amount; uebernommen?: boolean }[];
  nachtext?: string;
}

export interface Finanzen {
  auswirkungen?: 'keine' | 'folgende';
  text?: string;
  haushaltsstelle?: { produkt?: string; bezeichnung?: string; sachkonto?: string; kostenstelle?: string; teilhaushalt?: string };
  tabellen?: PlanTable[];
  haushaltsmittel?: { verfuegbar: 'ja' | 'nein' | 'teilweise'; wo?: string };
  deckungsvorschlag?: string;
  folgekosten?: string;
  gegenfinanzierung?: string;
  nachtext?: string;
}

export interface Klima {
  auswirkung?: 'ja, positiv' | 'ja, negativ' | 'nein' | 'nicht einschätzbar';
  umfang?: 'geringfügig' | 'erheblich';
  erlaeuterung?: string;
}
