// RV304: the Vorlagen-Nr has the form the municipality uses. RV308: the profile's pattern took too
// long to decide that (it is skipped with a warning instead of hanging the render). RV311: the number
// is still the placeholder „noch offen“ that `new` writes (a warning: a draft may be printed).
import { matchesWithin, REGEX_TIME_LIMIT_MS } from '../bounded-regex.js';
import { CODES, inSpreadsheet } from '../diagnostics.js';
import { isOpenNr } from '../open-vorlagen-nr.js';
import { finding, type Rule, type RuleContext } from './index.js';

function stillOpen(ctx: RuleContext) {
  const form = ctx.profile.vorlagen_nr?.beispiel;
  return finding(ctx, '/vorlagen_nr', {
    code: CODES.openNr,
    severity: 'warning',
    message: `Die Vorlagen-Nr. ist noch offen. Das Dokument zeigt den Platzhalter „${ctx.spec.vorlagen_nr}“, die Dateien heißen bis dahin wie die Vorlagendatei.`,
    hint: inSpreadsheet(ctx.source.locate('/vorlagen_nr').file)
      ? `Tragen Sie die Nummer in die Zelle ein, sobald sie vergeben ist${form ? `, in der Form von ${ctx.profile.name}, etwa ${form}` : ''}.`
      : `Tragen Sie die Nummer ein, sobald sie vergeben ist, in Anführungszeichen${form ? ` und in der Form von ${ctx.profile.name}, etwa vorlagen_nr: "${form}"` : ': vorlagen_nr: "…"'}.`,
  });
}

export const vorlagenNrPattern: Rule = (ctx) => {
  const pattern = ctx.profile.vorlagen_nr;
  const nr = ctx.spec.vorlagen_nr;
  if (isOpenNr(nr)) return [stillOpen(ctx)];
  if (!pattern || nr === undefined) return [];
  const matches = matchesWithin(pattern.muster, nr);
  if (matches === undefined) {
    return [
      finding(ctx, '/vorlagen_nr', {
        code: CODES.slowPattern,
        severity: 'warning',
        message: `Die Vorlagen-Nr. „${nr}“ wurde nicht geprüft: Das Muster von ${ctx.profile.name} brauchte dafür länger als ${REGEX_TIME_LIMIT_MS} ms.`,
        hint: `Das Muster „${pattern.muster}“ (vorlagen_nr.muster im Profil) enthält vermutlich eine verschachtelte Wiederholung wie „(a+)+“. Bitten Sie die Person, die das Profil pflegt, es zu vereinfachen, z. B. zu ^\\d{4}/\\d{4}$.`,
      }),
    ];
  }
  if (matches) return [];
  return [
    finding(ctx, '/vorlagen_nr', {
      code: 'RV304',
      message: `Die Vorlagen-Nr. „${nr}“ hat nicht die Form, die ${ctx.profile.name} verwendet.`,
      hint: `Erwartet wird eine Nummer wie „${pattern.beispiel}“.`,
    }),
  ];
};
