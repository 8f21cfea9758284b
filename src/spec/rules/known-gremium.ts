// RV303: every Gremium of the Beratungsfolge is one the municipality profile knows.
import { nearestName } from '../suggest.js';
import { finding, type Rule } from './index.js';

/** The known name a user probably meant: a near spelling, or the one name that contains what was written („Jugendhilfeausschuss“ → „Kinder- und Jugendhilfeausschuss“). */
function meant(written: string, known: readonly string[]): string | undefined {
  const near = nearestName(written, known);
  if (near) return near;
  const lower = written.trim().toLowerCase();
  const containing = known.filter((name) => lower.length >= 4 && name.toLowerCase().includes(lower));
  return containing.length === 1 ? containing[0] : undefined;
}

export const knownGremium: Rule = (ctx) => {
  const known = ctx.profile.gremien;
  if (!known?.length) return [];
  return ctx.spec.beratungsfolge.flatMap((beratung, index) => {
    if (known.includes(beratung.gremium)) return [];
    const suggestion = meant(beratung.gremium, known);
    return [
      finding(ctx, `/beratungsfolge/${index}/gremium`, {
        code: 'RV303',
        message: `Das Gremium „${beratung.gremium}“ ist im Profil von ${ctx.profile.name} nicht bekannt.${suggestion ? ` Meinten Sie „${suggestion}“?` : ''}`,
        hint: `Bekannt sind: ${known.map((name) => `„${name}“`).join(', ')}. Neue Gremien tragen Sie im Kommunenprofil unter „gremien“ ein.`,
      }),
    ];
  });
};
