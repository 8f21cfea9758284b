// Semantic rules: what a schema cannot express. One file per rule, registered here.
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedSpec } from '../load.js';
import type { VorlageSpec } from '../types.js';
import { beratungsfolgeOrder } from './beratungsfolge-order.js';

export type Rule = (spec: VorlageSpec, source: LoadedSpec) => Diagnostic[];

const RULES: readonly Rule[] = [beratungsfolgeOrder];

/** Runs every rule on a spec that already passed the schema. */
export function runRules(source: LoadedSpec): Diagnostic[] {
  const spec = source.data as VorlageSpec;
  return RULES.flatMap((rule) => rule(spec, source));
}
