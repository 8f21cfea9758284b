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
import { SECTIONS } from '../types.js';

export interface RuleContext {
  spec: VorlageSpec;
  source: LoadedSpec;
  profile: Profile;
}

export type Rule = (ctx: RuleContext) => Diagnostic[];

/**
 * Each rule with the top-level fields it reads. While the schema finds errors in a spec, a rule runs
 * only when none of those fields has one, so that its findings are about what the user wrote, not
 * follow-ups of an error already shown.
 */
const RULES: readonly { rule: Rule; reads: readonly string[] }[] = [
  { rule: beratungsfolgeOrder, reads: ['datum', 'beratungsfolge'] },
  { rule: decisionAtEnd, reads: ['art', 'beratungsfolge'] },
  { rule: knownGremium, reads: ['beratungsfolge'] },
  { rule: vorlagenNrPattern, reads: ['vorlagen_nr'] },
  { rule: requiredSections, reads: ['art', ...SECTIONS] },
  { rule: tableSums, reads: [...SECTIONS, 'weitere_abschnitte'] },
  { rule: financeConsistency, reads: ['finanzielle_auswirkungen'] },
  // Whether a character can be printed does not depend on where it stands.
  { rule: printableCharacters, reads: [] },
];

/** Runs the rules on a spec, except those that read a field named in `inError` (see above). */
export function runRules(ctx: RuleContext, inError: ReadonlySet<string>): Diagnostic[] {
  return RULES.filter(({ reads }) => !reads.some((field) => inError.has(field))).flatMap(({ rule }) =>
    findingsOf(() => rule(ctx), inError),
  );
}

/**
 * What a check finds. On a spec with schema errors, a check may still meet data of the wrong shape in
 * a field no error names: such a check finds nothing until the errors are fixed.
 */
export function findingsOf(check: () => Diagnostic[], inError: ReadonlySet<string>): Diagnostic[] {
  if (inError.size === 0) return check();
  try {
    return check();
  } catch {
    return [];
  }
}

/** A diagnostic at the value of `path` in the spec. */
export function finding(
  ctx: RuleContext,
  path: string,
  fields: Pick<Diagnostic, 'code' | 'message'> & Partial<Pick<Diagnostic, 'hint' | 'severity'>>,
): Diagnostic {
  return { severity: 'error', ...fields, ...ctx.source.locate(path), path };
}
