// Resolve a Kooperationsvereinbarung: one document per partner, in the municipality's house style.
import type { Partner, VereinbarungSpec } from '../spec/types.js';
import { formatGermanDate, parseDate } from '../spec/formats.js';
import { creationDate, letterheadView } from './common.js';
import type { Profile } from '../profile/types.js';
import { themeFromProfile } from '../writers/shared/theme.js';
import type { ResolvedDocument } from './resolve.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

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
    ...letterheadView(profile, profileDir),
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
      created: creationDate(env, spec.datum),
    },
    theme: themeFromProfile(profile),
    kommune: profile.id,
    numberHeadings: false,
    outputName: undefined,
    outputSuffix: partner.name,
  };
}
