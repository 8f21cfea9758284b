// The shape of a validated Vorlage spec (mirrors schemas/beschlussvorlage.schema.json and friends).
import type { Finanzen, Klima } from '../finance/types.js';

export type Zustaendigkeit = 'Vorberatung' | 'Entscheidung' | 'Kenntnisnahme' | 'Anhörung';

export interface Beratung {
  datum: string;
  gremium: string;
  zustaendigkeit: Zustaendigkeit;
  top?: string;
  berichterstatter?: string;
}

export interface Produkt {
  nummer: string;
  bezeichnung: string;
}

export interface Abschnitt {
  titel: string;
  text: string;
}

export interface Unterschrift {
  zusatz?: string;
  name: string;
  funktion?: string;
  gezeichnet?: boolean;
}

export const ARTEN = ['beschlussvorlage', 'mitteilungsvorlage'] as const;
export type Art = (typeof ARTEN)[number];

/** The Markdown sections every kind has, in document order. */
export const SECTIONS = [
  'beschlussvorschlag',
  'sachlage',
  'rechtslage',
  'personelle_auswirkungen',
  'finanzielle_auswirkungen',
  'soziale_auswirkungen',
  'klimarelevanz',
] as const;
export type SectionKey = (typeof SECTIONS)[number];

export interface VorlageSpec {
  art: Art;
  kommune: string;
  vorlagen_nr?: string;
  datum: string;
  oeffentlich?: boolean;
  betreff: string;
  federfuehrung?: string;
  produkte?: Produkt[];
  beratungsfolge: Beratung[];
  beschlussvorschlag?: string;
  sachlage?: string;
  rechtslage?: string;
  personelle_auswirkungen?: string;
  finanzielle_auswirkungen?: string | Finanzen;
  soziale_auswirkungen?: string;
  klimarelevanz?: string | Klima;
  weitere_abschnitte?: Abschnitt[];
  unterschrift?: Unterschrift;
  anlagen?: string[];
}
