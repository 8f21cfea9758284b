// RV303: every Gremium of the Beratungsfolge is one the municipality profile knows.
import { closest, distance } from 'fastest-levenshtein';
import { finding, type Rule } from './index.js';

export const knownGremium: Rule = (ctx) => {
  const known = ctx.profile.gremien;
  if (!known?.length) return [];
  return ctx.spec.beratungsfolge.flatMap((beratung, index) => {
    if (known.includes(beratung.gremium)) return [];
    const best = closest(beratung.gremium, known);
    const near = distance(beratung.gremium, best) <= Math.max(3, Math.floor(best.length / 4));
    return [
      finding(ctx, `/beratungsfolge/${index}/gremium`, {
        code: 'RV303',
        message: `Das Gremium „${beratung.gremium}“ ist im Profil von ${ctx.profile.name} nicht bekannt.${near ? ` Meinten Sie „${best}“?` : ''}`,
        hint: `Bekannt sind: ${known.join(', ')}. Neue Gremien tragen Sie im Kommunenprofil unter „gremien“ ein.`,
      }),
    ];
  });
};
