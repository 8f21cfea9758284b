// The shape of a validated Vorlage spec (mirrors schemas/beschlussvorlage.schema.json and friends).
import type { Finanzen, Klima, PlanTable } from '../finance/types.js';

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

export const VORLAGE_ARTEN = ['beschlussvorlage', 'mitteilungsvorlage'] as const;
export const ARTEN = [...VORLAGE_ARTEN, 'vereinbarung', 'bericht', 'jahresbericht'] as const;
export type Art = (typeof ARTEN)[number];
export type VorlageArt = (typeof VORLAGE_ARTEN)[number];

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
  art: VorlageArt;
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
  jahresbericht?: string;
  rechtslage?: string;
  personelle_auswirkungen?: string;
  finanzielle_auswirkungen?: string | Finanzen;
  soziale_auswirkungen?: string;
  klimarelevanz?: string | Klima;
  weitere_abschnitte?: Abschnitt[];
  unterschrift?: Unterschrift;
  anlagen?: string[];
}

export interface Partner {
  name: string;
  anschrift?: string[];
}

export interface VereinbarungSpec {
  art: 'vereinbarung';
  kommune: string;
  titel: string;
  untertitel?: string;
  datum?: string;
  praeambel?: string;
  paragraphen: { titel: string; text?: string; punkte?: { titel: string; text?: string }[] }[];
  verpflichtung?: { titel?: string; vor: string; nach: string };
  ort?: string;
  unterschriften?: { partner: string; kommune: string };
  partner?: Partner[];
  partner_datei?: string;
  anlagen?: string[];
}

export interface BerichtSpec {
  art: 'bericht';
  kommune: string;
  titel: string;
  untertitel?: string;
  datum?: string;
  titelseite?: string;
  impressum?: string;
  inhaltsverzeichnis?: boolean | { titel?: string; tiefe?: number };
  ueberschriften_nummeriert?: boolean;
  kapitel?: { titel: string; text?: string; finanzen?: Finanzen; nachtext?: string }[];
  anlagen?: string[];
}

export interface JahresberichtSpec {
  art: 'jahresbericht';
  kommune: string;
  jahr: number;
  datum?: string;
  netzwerk: { name: string; federfuehrung?: string; beschreibung?: string; steuerungsgruppe?: { name: string; institution?: string }[] };
  einleitung?: string;
  mitglieder?: { name: string; kategorie: string; ansprechperson?: string }[];
  aktivitaeten: { datum: string; titel: string; thema: string; text?: string; teilnehmende?: number }[];
  gliederung?: 'thema' | 'quartal';
  sitzungen?: { datum: string; gremium: string; themen?: string }[];
  budget?: PlanTable;
  ausblick?: string;
  unterschrift?: Unterschrift;
}

/** Any validated spec. */
export type Spec = VorlageSpec | VereinbarungSpec | BerichtSpec | JahresberichtSpec;
