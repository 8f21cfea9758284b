// The whole check of one spec: YAML, schema, municipality profile, semantic rules. Collects everything.
import { hasErrors, type Diagnostic } from './diagnostics.js';
import type { LoadedSpec } from './load.js';
import { schemaDiagnostics } from './validate.js';
import { findingsOf, runRules } from './rules/index.js';
import { markdownMarkDiagnostics } from './markdown-marks.js';
import { tableDiagnostics } from './rules/finance-consistency.js';
import type { Spec } from './types.js';
import type { PlanTable } from '../finance/types.js';
import { profileFor } from '../profile/load.js';
import type { Profile } from '../profile/types.js';
import { CODES } from './diagnostics.js';

export interface Checked {
  diagnostics: Diagnostic[];
  /** Present when the spec has no errors (warnings allowed). */
  spec?: Spec;
  profile?: Profile;
  profileDir?: string;
}

const samePlace = (a: Diagnostic, b: Diagnostic) => a.line === b.line && a.column === b.column;

/** A leading-zero warning explains a type error at the same place: say it once, in the error. */
function mergeLeadingZeros(warnings: Diagnostic[], errors: Diagnostic[]): Diagnostic[] {
  const merged = errors.map((error) => {
    const cause = warnings.find((w) => w.code === CODES.leadingZero && samePlace(w, error));
    return cause && error.code === CODES.wrongType ? { ...error, message: `${error.message} ${cause.message}`, hint: cause.hint } : error;
  });
  const rest = warnings.filter((w) => !(w.code === CODES.leadingZero && errors.some((e) => samePlace(w, e))));
  return [...rest, ...merged];
}

type SemanticCheck<S extends Spec> = (spec: S, source: LoadedSpec, profile: Profile, inError: ReadonlySet<string>) => Diagnostic[];

/** The finance tables in `field` of a report, checked unless the schema found an error in that field. */
const planTables = (field: string, source: LoadedSpec, inError: ReadonlySet<string>, tables: () => { path: string; table: PlanTable }[]) =>
  inError.has(field) ? [] : findingsOf(() => tables().flatMap(({ path, table }) => tableDiagnostics(source, table, path)), inError);

/** What each kind of document is checked for beyond its schema; agreements have no such rules yet. */
const SEMANTIC_CHECKS: { [A in Spec['art']]: SemanticCheck<Extract<Spec, { art: A }>> } = {
  beschlussvorlage: (spec, source, profile, inError) => runRules({ spec, source, profile }, inError),
  mitteilungsvorlage: (spec, source, profile, inError) => runRules({ spec, source, profile }, inError),
  jahresbericht: (spec, source, _profile, inError) =>
    planTables('budget', source, inError, () => (spec.budget ? [{ path: '/budget', table: spec.budget }] : [])),
  bericht: (spec, source, _profile, inError) =>
    planTables('kapitel', source, inError, () =>
      (spec.kapitel ?? []).flatMap((k, i) => (k.finanzen?.tabellen ?? []).map((table, j) => ({ path: `/kapitel/${i}/finanzen/tabellen/${j}`, table }))),
    ),
  vereinbarung: () => [],
};

function semanticChecks(spec: Spec, source: LoadedSpec, profile: Profile, inError: ReadonlySet<string>): Diagnostic[] {
  return (SEMANTIC_CHECKS[spec.art] as SemanticCheck<Spec>)(spec, source, profile, inError);
}

/**
 * The top-level fields the schema found errors in. Undefined when nothing beyond the schema can be
 * checked yet: the document as a whole, its kind or its municipality is wrong, or it has an unknown
 * field, which is often a misspelt one whose value is then missing („Art:“, „betref:“).
 */
function fieldsInError(schema: readonly Diagnostic[]): ReadonlySet<string> | undefined {
  const errors = schema.filter((d) => d.severity === 'error');
  const fields = new Set(errors.map((d) => d.path.split('/')[1] ?? ''));
  const unknownField = errors.some((d) => d.code === CODES.unknownKey && d.path.split('/').length === 2);
  return unknownField || fields.has('') || fields.has('art') || fields.has('kommune') ? undefined : fields;
}

/**
 * Everything a spec's author should fix, in one pass: schema errors, and the findings of the rules
 * and profile checks about the fields the schema found no error in.
 */
export async function checkSpec(source: LoadedSpec): Promise<Checked> {
  if (hasErrors(source.diagnostics)) return { diagnostics: source.diagnostics };
  const schema = schemaDiagnostics(source, 'vorlage.schema.json');
  const diagnostics = mergeLeadingZeros(source.diagnostics, schema);
  const inError = fieldsInError(schema);
  if (!inError) return { diagnostics };
  const spec = source.data as Spec;
  const profile = profileFor(spec.kommune, source);
  if (!profile.profile) return { diagnostics: [...diagnostics, ...profile.diagnostics] };
  const rules = semanticChecks(spec, source, profile.profile, inError);
  const all = [...diagnostics, ...rules, ...markdownMarkDiagnostics(source)];
  return hasErrors(all) ? { diagnostics: all } : { diagnostics: all, spec, profile: profile.profile, profileDir: profile.dir };
}
