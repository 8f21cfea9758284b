// Resolve a long document (Bericht, Antrag): title page, imprint, table of contents, chapters.
import type { BerichtSpec } from '../spec/types.js';
import { formatGermanDate, parseDate } from '../spec/formats.js';
import { creationDate, letterheadView } from './common.js';
import type { Profile } from '../profile/types.js';
import { themeFromProfile } from '../writers/shared/theme.js';
import { financeView } from './finance-view.js';
import type { ResolvedDocument } from './resolve.js';

export function resolveBericht(spec: BerichtSpec, profile: Profile, profileDir: string, env: NodeJS.ProcessEnv = {}): ResolvedDocument {
  const date = spec.datum ? parseDate(spec.datum) : undefined;
  const toc = spec.inhaltsverzeichnis ?? true;
  const created = creationDate(env, spec.datum);
  const view = {
    titel: spec.titel,
    untertitel: spec.untertitel ?? null,
    datum: date ? formatGermanDate(date) : null,
    ...letterheadView(profile, profileDir),
    titelseite: spec.titelseite ?? null,
    impressum: spec.impressum ?? null,
    inhaltsverzeichnis: toc === false ? null : { titel: (typeof toc === 'object' && toc.titel) || 'Inhaltsverzeichnis', tiefe: (typeof toc === 'object' && toc.tiefe) || 3 },
    kapitel: (spec.kapitel ?? []).map((k) => ({
      titel: k.titel,
      text: k.text ?? null,
      finanzen: k.finanzen ? financeView(k.finanzen, profile.stil?.betragsformat ?? 'cent') : null,
      nachtext: k.nachtext ?? null,
    })),
    anlagen: spec.anlagen ?? null,
    labels: { anlagen: profile.bezeichnungen?.anlagen ?? 'Anlagen' },
  };
  return {
    art: 'bericht',
    view,
    meta: { title: spec.titel.replace(/\s+/g, ' '), subject: 'Bericht', author: profile.name, language: 'de-DE', created, runningHeader: spec.titel.replace(/\s+/g, ' ') },
    theme: themeFromProfile(profile),
    kommune: profile.id,
    numberHeadings: spec.ueberschriften_nummeriert ?? false,
    numberFromLevel: 1,
  };
}
