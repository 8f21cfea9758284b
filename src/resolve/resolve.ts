// Resolve: spec + municipality profile → everything the template and writers need. Pure function.
import { formatGermanDate, parseDate } from '../spec/formats.js';
import { assignedNr } from '../spec/open-vorlagen-nr.js';
import { creationDate, letterheadView } from './common.js';
import { SECTIONS, type VorlageArt, type VorlageSpec } from '../spec/types.js';
import { DEFAULT_LABELS, type Profile } from '../profile/types.js';
import { themeFromProfile, type Theme } from '../writers/shared/theme.js';
import { climateView, financeView } from './finance-view.js';
import type { Finanzen, Klima } from '../finance/types.js';
import type { DocumentMeta } from '../model/types.js';

export interface ResolvedDocument {
  art: string;
  /** The template's context: every field present (null when absent), so strict templates catch typos. */
  view: Record<string, unknown>;
  meta: DocumentMeta;
  theme: Theme;
  kommune: string;
  /** Number headings (1., 1.1, …) as the house style asks. */
  numberHeadings: boolean;
  /** The first heading level that gets a number (Vorlagen: 2, below the fixed section labels). */
  numberFromLevel?: 1 | 2;
  /** Preferred output base name before making it safe: the Vorlagen-Nr if there is one and it is not still open. */
  outputName?: string;
  /** Added to the output name, e.g. the partner of one copy of an agreement. */
  outputSuffix?: string;
  /** A report whose content goes into the section with this heading (a Jahresbericht as Sachlage). */
  embedded?: { afterHeading: string; document: ResolvedDocument };
}

export interface ResolveInput {
  spec: VorlageSpec;
  profile: Profile;
  /** Folder of the profile, for its logo. */
  profileDir: string;
  env?: NodeJS.ProcessEnv;
}

const ART_NAMES: Record<VorlageArt, string> = { beschlussvorlage: 'Beschlussvorlage', mitteilungsvorlage: 'Mitteilungsvorlage' };

const lines = (text: string | undefined | null) => (text ? text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean) : []);

function signature(spec: VorlageSpec, profile: Profile) {
  const given = spec.unterschrift;
  if (!given) return null;
  return {
    zusatz: lines(given.zusatz ?? profile.unterschrift?.zusatz),
    name: [given.name, ...lines(given.funktion ?? profile.unterschrift?.funktion)],
    gezeichnet: given.gezeichnet ?? false,
  };
}

interface SectionView {
  key: string;
  titel: string;
  text: string | null;
  finanzen: ReturnType<typeof financeView> | null;
  klima: ReturnType<typeof climateView> | null;
}

/** Each section once, in the profile's order: Markdown text, or structured finance or climate data. */
function sections(spec: VorlageSpec, profile: Profile, labels: Record<string, string>) {
  const order = profile.abschnitte ?? SECTIONS;
  const amounts = profile.stil?.betragsformat ?? 'cent';
  return order.flatMap((key): SectionView[] => {
    const value = spec[key as (typeof SECTIONS)[number]] ?? (key === 'sachlage' && spec.jahresbericht ? ' ' : undefined);
    if (!value) return [];
    const base: SectionView = { key, titel: labels[key] ?? key, text: null, finanzen: null, klima: null };
    if (typeof value === 'string') return [{ ...base, text: value }];
    if (key === 'finanzielle_auswirkungen') return [{ ...base, finanzen: financeView(value as Finanzen, amounts) }];
    return [{ ...base, klima: climateView(value as Klima) }];
  });
}

function runningHeader(profile: Profile, spec: VorlageSpec): string | undefined {
  const template = profile.stil?.kopfzeile;
  if (!template) return undefined;
  const date = parseDate(spec.datum);
  return template
    .replaceAll('{art}', ART_NAMES[spec.art])
    .replaceAll('{nr}', spec.vorlagen_nr ?? '')
    .replaceAll('{datum}', date ? formatGermanDate(date) : spec.datum)
    .replaceAll('{betreff}', spec.betreff.replace(/\s+/g, ' '))
    .trim();
}

export function resolve({ spec, profile, profileDir, env = {} }: ResolveInput): ResolvedDocument {
  const artName = ART_NAMES[spec.art];
  const labels = { ...DEFAULT_LABELS, ...profile.bezeichnungen };
  const view = {
    art: artName,
    kommune: { id: profile.id, name: profile.name },
    kopf: `kopf-${profile.kopf}`,
    ...letterheadView(profile, profileDir),
    labels,
    vorlagen_nr: spec.vorlagen_nr ?? null,
    datum: spec.datum,
    oeffentlich: spec.oeffentlich ?? true,
    betreff: spec.betreff,
    federfuehrung: spec.federfuehrung ?? null,
    produkte: spec.produkte ?? [],
    beratungsfolge: spec.beratungsfolge.map((b) => ({ top: null, berichterstatter: null, ...b })),
    abschnitte: sections(spec, profile, labels),
    weitere_abschnitte: (spec.weitere_abschnitte ?? []).map((a) => ({ ...a, finanzen: null, klima: null })),
    unterschrift: signature(spec, profile),
    mitzeichnungen: profile.mitzeichnungen ?? [],
    protokoll: profile.protokoll ?? null,
    anlagen: spec.anlagen ?? null,
  };
  return {
    art: spec.art,
    view,
    meta: {
      title: spec.betreff.replace(/\s+/g, ' ').trim(),
      subject: artName,
      author: profile.name,
      language: 'de-DE',
      created: creationDate(env, spec.datum),
      runningHeader: runningHeader(profile, spec),
    },
    theme: themeFromProfile(profile),
    kommune: profile.id,
    numberHeadings: profile.stil?.ueberschriften_nummeriert ?? false,
    outputName: assignedNr(spec.vorlagen_nr),
  };
}
