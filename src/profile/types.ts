// A municipality profile as written in templates/kommunen/<id>/profil.yaml (see schemas/kommune.schema.json).

export interface ProfileStyle {
  schrift?: 'sans' | 'serif';
  schriftgrad?: number;
  raender_mm?: { oben?: number; unten?: number; links?: number; rechts?: number };
  akzentfarbe?: string;
  fusszeile?: string;
}

export interface Profile {
  id: string;
  name: string;
  kopf: string;
  gremien?: string[];
  aemter?: string[];
  vorlagen_nr?: { muster: string; beispiel: string };
  pflichtabschnitte?: string[];
  bezeichnungen?: Record<string, string>;
  unterschrift?: { zusatz?: string };
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
};
