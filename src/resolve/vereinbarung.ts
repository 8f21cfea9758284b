// Resolve a Kooperationsvereinbarung: one document per partner, in the municipality's house style.
import type { Partner, VereinbarungSpec } from '../spec/types.js';
import { formatGermanDate, parseDate, toUtcDate } from '../spec/formats.js';
import type { Profile } from '../profile/types.js';
import { themeFromProfile } from '../writers/shared/theme.js';
import type { ResolvedDocument } from './resolve.js';
import { join } from 'node:path';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function creationDate(spec: VereinbarungSpec, env: NodeJS.ProcessEnv): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
  const date = spec.datum ? parseDate(spec.datum) : undefined;
  return date ? toUtcDate(date) : new Date(0);
}

export function resolveVereinbarung(
  spec: VereinbarungSpec,
  profile: Profile,
  profileDir: string,
  partner: Partner,
  env: NodeJS.ProcessEnv = {},
): ResolvedDocument {
  const date = spec.datum ? parseDate(spec.datum) : undefined;
  const view = {
    titel: spec.titel,
    untertitel: spec.untertitel ?? null,
    briefkopf: profile.briefkopf ?? [profile.name],
    logo: profile.logo ? { src: join(profileDir, profile.logo.datei), alt: profile.logo.alt, breite: profile.logo.breite_mm ?? 18 } : null,
    praeambel: spec.praeambel ?? null,
    paragraphen: spec.paragraphen.map((p, i) => ({
      nummer: i + 1,
      titel: p.titel,
      text: p.text ?? null,
      punkte: (p.punkte ?? []).map((punkt, j) => ({ buchstabe: LETTERS[j % 26], titel: punkt.titel, text: punkt.text ?? null })),
    })),
    verpflichtung: spec.verpflichtung
      ? { nummer: spec.paragraphen.length + 1, titel: spec.verpflichtung.titel ?? null, vor: spec.verpflichtung.vor, nach: spec.verpflichtung.nach }
      : null,
    partner: { name: partner.name, anschrift: partner.anschrift ?? [] },
    ort: spec.ort ?? null,
    datum: date ? formatGermanDate(date) : null,
    unterschriften: spec.unterschriften ?? { partner: 'Kooperationspartner', kommune: profile.name },
    anlagen: spec.anlagen ?? null,
    labels: { anlagen: profile.bezeichnungen?.anlagen ?? 'Anlagen' },
  };
  return {
    art: 'vereinbarung',
    view,
    meta: {
      title: `${spec.titel} – ${partner.name}`,
      subject: spec.titel,
      author: profile.name,
      language: 'de-DE',
      created: creationDate(spec, env),
    },
    theme: themeFromProfile(profile),
    kommune: profile.id,
    numberHeadings: false,
    outputName: undefined,
    outputSuffix: partner.name,
  };
}
