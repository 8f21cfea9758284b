// RV304: the Vorlagen-Nr has the form the municipality uses.
import { finding, type Rule } from './index.js';

export const vorlagenNrPattern: Rule = (ctx) => {
  const pattern = ctx.profile.vorlagen_nr;
  const nr = ctx.spec.vorlagen_nr;
  if (!pattern || nr === undefined || new RegExp(pattern.muster, 'u').test(nr)) return [];
  return [
    finding(ctx, '/vorlagen_nr', {
      code: 'RV304',
      message: `Die Vorlagen-Nr. „${nr}“ hat nicht die Form, die ${ctx.profile.name} verwendet.`,
      hint: `Erwartet wird eine Nummer wie „${pattern.beispiel}“.`,
    }),
  ];
};
