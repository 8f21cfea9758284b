// Resolve: spec + municipality profile → everything the template and writers need. Pure function.
import { parseDate, toUtcDate } from '../spec/formats.js';
import { SECTIONS, type Art, type VorlageSpec } from '../spec/types.js';
import { DEFAULT_LABELS, type Profile } from '../profile/types.js';
import { themeFromProfile, type Theme } from '../writers/shared/theme.js';
import type { DocumentMeta } from '../model/types.js';

export interface ResolvedDocument {
  art: string;
  /** The template's context: every field present (null when absent), so strict templates catch typos. */
  view: Record<string, unknown>;
  meta: DocumentMeta;
  theme: Theme;
  kommune: string;
  /** Preferred output base name before making it safe: the Vorlagen-Nr if there is one. */
  outputName?: string;
}

const ART_NAMES: Record<Art, string> = { beschlussvorlage: 'Beschlussvorlage', mitteilungsvorlage: 'Mitteilungsvorlage' };

/** The fixed creation date: SOURCE_DATE_EPOCH if set (reproducible builds), else the Vorlage's date. */
function creationDate(spec: VorlageSpec, env: NodeJS.ProcessEnv): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
  const date = parseDate(spec.datum);
  return date ? toUtcDate(date) : new Date(0);
}

export function resolve(spec: VorlageSpec, profile: Profile, env: NodeJS.ProcessEnv = {}): ResolvedDocument {
  const artName = ART_NAMES[spec.art];
  const signature = spec.unterschrift;
  const view = {
    art: artName,
    kommune: { id: profile.id, name: profile.name },
    kopf: `kopf-${profile.kopf}`,
    labels: { ...DEFAULT_LABELS, ...profile.bezeichnungen },
    vorlagen_nr: spec.vorlagen_nr ?? null,
    datum: spec.datum,
    oeffentlich: spec.oeffentlich ?? true,
    betreff: spec.betreff,
    federfuehrung: spec.federfuehrung ?? null,
    beratungsfolge: spec.beratungsfolge,
    ...Object.fromEntries(SECTIONS.map((key) => [key, spec[key] ?? null])),
    weitere_abschnitte: spec.weitere_abschnitte ?? [],
    unterschrift: signature
      ? {
          zusatz: signature.zusatz ?? profile.unterschrift?.zusatz ?? null,
          name: signature.name,
          gezeichnet: signature.gezeichnet ?? false,
        }
      : null,
    anlagen: spec.anlagen ?? [],
  };
  return {
    art: spec.art,
    view,
    meta: {
      title: spec.betreff.replace(/\s+/g, ' ').trim(),
      subject: artName,
      author: profile.name,
      language: 'de-DE',
      created: creationDate(spec, env),
    },
    theme: themeFromProfile(profile),
    kommune: profile.id,
    outputName: spec.vorlagen_nr,
  };
}
