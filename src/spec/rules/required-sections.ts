// RV305: sections the municipality requires are present and not empty (a decision only in a Beschlussvorlage).
import { DEFAULT_LABELS } from '../../profile/types.js';
import type { SectionKey } from '../types.js';
import { finding, type Rule } from './index.js';

/** Sections only a Beschlussvorlage has: a Mitteilungsvorlage informs and proposes no decision. */
const DECISION_ONLY: ReadonlySet<string> = new Set(['beschlussvorschlag']);

export const requiredSections: Rule = (ctx) =>
  (ctx.profile.pflichtabschnitte ?? []).flatMap((key) => {
    if (DECISION_ONLY.has(key) && ctx.spec.art !== 'beschlussvorlage') return [];
    const value = ctx.spec[key as SectionKey];
    if ((typeof value === 'string' && value.trim() !== '') || (typeof value === 'object' && value !== null)) return [];
    const label = ctx.profile.bezeichnungen?.[key] ?? DEFAULT_LABELS[key] ?? key;
    return [
      finding(ctx, value === undefined ? '' : `/${key}`, {
        code: 'RV305',
        message: `Der Abschnitt „${label}“ (${key}) ist bei ${ctx.profile.name} Pflicht, ${value === undefined ? 'fehlt aber' : 'ist aber leer'}.`,
        hint: `Schreiben Sie „${key}: …“ mit dem Inhalt, bei Bedarf auch nur „Keine“.`,
      }),
    ];
  });
