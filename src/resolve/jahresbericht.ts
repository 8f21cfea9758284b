// Resolve a network annual report: the data become sections, lists and tables.
import type { JahresberichtSpec } from '../spec/types.js';
import { dayNumber, formatGermanDate, parseDate } from '../spec/formats.js';
import { creationDate, letterheadView } from './common.js';
import type { Profile } from '../profile/types.js';
import { themeFromProfile } from '../writers/shared/theme.js';
import { financeView } from './finance-view.js';
import type { ResolvedDocument } from './resolve.js';

const german = (text: string) => {
  const date = parseDate(text);
  return date ? formatGermanDate(date) : text;
};
const day = (text: string) => {
  const date = parseDate(text);
  return date ? dayNumber(date) : 0;
};
const QUARTERS = ['1. Quartal (Januar bis März)', '2. Quartal (April bis Juni)', '3. Quartal (Juli bis September)', '4. Quartal (Oktober bis Dezember)'];

/** Groups in order of first appearance, items within a group sorted by date. */
function groupBy<T>(items: T[], key: (item: T) => string): { name: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups].map(([name, list]) => ({ name, items: list }));
}

export function resolveJahresbericht(spec: JahresberichtSpec, profile: Profile, profileDir: string, env: NodeJS.ProcessEnv = {}): ResolvedDocument {
  const activities = [...spec.aktivitaeten].sort((a, b) => day(a.datum) - day(b.datum));
  const byQuarter = spec.gliederung === 'quartal';
  const quarter = (text: string) => QUARTERS[Math.floor(((parseDate(text)?.month ?? 1) - 1) / 3)]!;
  const groups = groupBy(activities, (a) => (byQuarter ? quarter(a.datum) : a.thema)).map((g) => ({
    name: g.name,
    anzahl: g.items.length,
    zeilen: g.items.map((a) => ({ datum: german(a.datum), titel: a.titel, zusatz: byQuarter ? a.thema : a.text ?? '', teilnehmende: a.teilnehmende ?? null })),
  }));
  const members = groupBy(spec.mitglieder ?? [], (m) => m.kategorie).map((g) => ({ name: g.name, zeilen: g.items }));
  const date = spec.datum ? parseDate(spec.datum) : undefined;
  const created = creationDate(env, spec.datum, new Date(Date.UTC(spec.jahr + 1, 0, 1)));
  const titel = `Jahresbericht ${spec.jahr}: ${spec.netzwerk.name}`;
  const view = {
    titel,
    jahr: spec.jahr,
    datum: date ? formatGermanDate(date) : null,
    ...letterheadView(profile, profileDir),
    netzwerk: { ...spec.netzwerk, federfuehrung: spec.netzwerk.federfuehrung ?? null, beschreibung: spec.netzwerk.beschreibung ?? null, steuerungsgruppe: spec.netzwerk.steuerungsgruppe?.map((s) => ({ name: s.name, institution: s.institution ?? '' })) ?? [] },
    einleitung: spec.einleitung ?? null,
    kennzahlen: [
      { label: 'Aktivitäten', wert: String(activities.length) },
      { label: 'Mitglieder', wert: String(spec.mitglieder?.length ?? 0) },
      { label: 'Sitzungen', wert: String(spec.sitzungen?.length ?? 0) },
      { label: 'Teilnehmende (gemeldet)', wert: new Intl.NumberFormat('de-DE').format(activities.reduce((a, x) => a + (x.teilnehmende ?? 0), 0)) },
    ],
    gliederung: byQuarter ? 'Quartal' : 'Thema',
    zusatzSpalte: byQuarter ? 'Thema' : activities.some((a) => a.text) ? 'Beschreibung' : null,
    gruppen: groups,
    mitglieder: members,
    sitzungen: (spec.sitzungen ?? []).map((s) => ({ datum: german(s.datum), gremium: s.gremium, themen: s.themen ?? '' })),
    budget: spec.budget ? financeView({ tabellen: [spec.budget] }, profile.stil?.betragsformat ?? 'cent') : null,
    ausblick: spec.ausblick ?? null,
    unterschrift: spec.unterschrift ? { zusatz: (spec.unterschrift.zusatz ?? '').split('\n').filter(Boolean), name: [spec.unterschrift.name, ...(spec.unterschrift.funktion ? [spec.unterschrift.funktion] : [])], gezeichnet: spec.unterschrift.gezeichnet ?? false } : null,
  };
  return {
    art: 'jahresbericht',
    view,
    meta: { title: titel, subject: 'Jahresbericht', author: profile.name, language: 'de-DE', created, runningHeader: titel },
    theme: themeFromProfile(profile),
    kommune: profile.id,
    numberHeadings: true,
    numberFromLevel: 1,
  };
}
