// A municipality profile as written in templates/kommunen/<id>/profil.yaml (see schemas/kommune.schema.json).

export interface ProfileStyle {
  schrift?: 'sans' | 'serif';
  schriftgrad?: number;
  raender_mm?: { oben?: number; unten?: number; links?: number; rechts?: number };
  akzentfarbe?: string;
  fusszeile?: string;
  kopfzeile?: string;
  ueberschriften_nummeriert?: boolean;
  betragsformat?: 'cent' | 'strich';
}

export interface Profile {
  id: string;
  name: string;
  kopf: string;
  briefkopf?: string[];
  logo?: { datei: string; alt: string; breite_mm?: number };
  abschnitte?: string[];
  mitzeichnungen?: string[];
  protokoll?: { einleitung: string; gremien: string[]; schluss: string };
  gremien?: string[];
  aemter?: string[];
  vorlagen_nr?: { muster: string; beispiel: string };
  pflichtabschnitte?: string[];
  bezeichnungen?: Record<string, string>;
  unterschrift?: { zusatz?: string; funktion?: string };
  stil?: ProfileStyle;
}

/** Section headings used when a profile does not name its own. */
export const DEFAULT_LABELS: Readonly<Record<string, string>> = {
  beratungsfolge: 'Beratungsfolge',
  beschlussvorschlag: 'Beschlussvorschlag',
  sachlage: 'Sachlage',
  rechtslage: 'Rechtslage',
  personelle_auswirkungen: 'Personelle Auswirkungen',
  finanzielle_auswirkungen: 'Finanzielle Auswirkungen',
  soziale_auswirkungen: 'Soziale Auswirkungen',
  klimarelevanz: 'Klimarelevanz',
  anlagen: 'Anlagen',
  betreff: 'Betreff:',
  vorlagen_nr: 'Vorlage Nr.',
  federfuehrung: 'Federführung:',
  produkte: 'Produkt:',
  mitzeichnungen: 'Mitzeichnungen',
};
