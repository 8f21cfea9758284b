// RV302: a Beschlussvorlage ends with the Gremium that decides. (Its Beschlussvorschlag is required by
// the schema; a Mitteilungsvorlage needs neither.)
import { finding, type Rule } from './index.js';

export const decisionAtEnd: Rule = (ctx) => {
  if (ctx.spec.art !== 'beschlussvorlage') return [];
  const list = ctx.spec.beratungsfolge;
  const last = list[list.length - 1];
  if (!last || last.zustaendigkeit === 'Entscheidung') return [];
  const index = list.length - 1;
  return [
    finding(ctx, `/beratungsfolge/${index}/zustaendigkeit`, {
      code: 'RV302',
      message: `Eine Beschlussvorlage endet mit einer Entscheidung, die letzte Beratung (${last.gremium}) ist aber „${last.zustaendigkeit}“.`,
      hint: 'Setzen Sie beim entscheidenden Gremium „zustaendigkeit: Entscheidung“, oder wählen Sie „art: mitteilungsvorlage“, wenn nur informiert wird.',
    }),
  ];
};
