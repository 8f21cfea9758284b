// Semantic rules: what a schema cannot express. One file per rule, registered here.
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedSpec } from '../load.js';
import type { VorlageSpec } from '../types.js';
import type { Profile } from '../../profile/types.js';
import { beratungsfolgeOrder } from './beratungsfolge-order.js';
import { decisionAtEnd } from './decision-at-end.js';
import { knownGremium } from './known-gremium.js';
import { vorlagenNrPattern } from './vorlagen-nr-pattern.js';
import { requiredSections } from './required-sections.js';
import { tableSums } from './table-sums.js';
import { financeConsistency } from './finance-consistency.js';
import { printableCharacters } from './printable-characters.js';

export interface RuleContext {
  spec: VorlageSpec;
  source: LoadedSpec;
  profile: Profile;
}

export type Rule = (ctx: RuleContext) => Diagnostic[];

const RULES: readonly Rule[] = [
  beratungsfolgeOrder,
  decisionAtEnd,
  knownGremium,
  vorlagenNrPattern,
  requiredSections,
  tableSums,
  financeConsistency,
  printableCharacters,
];

/** Runs every rule on a spec that already passed the schema. */
export function runRules(ctx: RuleContext): Diagnostic[] {
  return RULES.flatMap((rule) => rule(ctx));
}

/** A diagnostic at the value of `path` in the spec. */
export function finding(
  ctx: RuleContext,
  path: string,
  fields: Pick<Diagnostic, 'code' | 'message'> & Partial<Pick<Diagnostic, 'hint' | 'severity'>>,
): Diagnostic {
  return { severity: 'error', ...fields, ...ctx.source.locate(path), path };
}
