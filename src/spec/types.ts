// The shape of a validated Beschlussvorlage spec (mirrors schemas/vorlage.schema.json).

export type Zustaendigkeit = 'Vorberatung' | 'Entscheidung' | 'Kenntnisnahme' | 'Anhörung';

export interface Beratung {
  datum: string;
  gremium: string;
  zustaendigkeit: Zustaendigkeit;
}

export interface Unterschrift {
  zusatz?: string;
  name: string;
  gezeichnet?: boolean;
}

export interface VorlageSpec {
  art: 'beschlussvorlage';
  kommune: string;
  vorlagen_nr?: string;
  datum: string;
  oeffentlich?: boolean;
  betreff: string;
  federfuehrung?: string;
  beratungsfolge: Beratung[];
  beschlussvorschlag?: string;
  sachlage?: string;
  rechtslage?: string;
  personelle_auswirkungen?: string;
  finanzielle_auswirkungen?: string;
  soziale_auswirkungen?: string;
  unterschrift?: Unterschrift;
  anlagen?: string[];
}
