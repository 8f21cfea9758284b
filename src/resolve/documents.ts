// Which documents a spec makes: one for a Vorlage, one per partner for a Vereinbarung.
import { dirname, relative } from 'node:path';
import { CODES, type Diagnostic } from '../spec/diagnostics.js';
import type { LoadedSpec } from '../spec/load.js';
import { readPartnerCsv, type PartnerList } from '../spec/partner-csv.js';
import { duplicatePartners } from './duplicate-partners.js';
import { outputFileName } from './output-name.js';
import { namedFile, referencedFileProblem } from '../spec/referenced-file.js';
import type { Spec, VereinbarungSpec } from '../spec/types.js';
import type { Profile } from '../profile/types.js';
import { resolve, type ResolvedDocument } from './resolve.js';
import { resolveVereinbarung } from './vereinbarung.js';
import { resolveBericht } from './bericht.js';
import { resolveJahresbericht } from './jahresbericht.js';

export interface ResolvedSet {
  documents: ResolvedDocument[];
  diagnostics: Diagnostic[];
}

/** An error at the line of a spec that names a file which cannot be used. */
function namedFileError(source: LoadedSpec, path: string, code: string, problem: Pick<Diagnostic, 'message' | 'hint'>): Diagnostic {
  return { code, severity: 'error', ...problem, ...source.locate(path), path };
}

async function partnersOf(spec: VereinbarungSpec, source: LoadedSpec): Promise<PartnerList> {
  if (spec.partner) {
    return { partners: spec.partner.map((partner, i) => ({ partner, at: { ...source.locate(`/partner/${i}/name`), path: `/partner/${i}/name` } })), diagnostics: [] };
  }
  if (spec.partner_datei) {
    const file = namedFile(source, 'partner_datei')!;
    const missing = referencedFileProblem(file, spec.partner_datei, 'Die Partnerliste');
    return missing ? { partners: [], diagnostics: [namedFileError(source, '/partner_datei', CODES.partnerList, missing)] } : readPartnerCsv(file);
  }
  return {
    partners: [],
    diagnostics: [
      {
        code: CODES.noPartner,
        severity: 'error',
        message: 'Die Vereinbarung nennt keinen Partner.',
        hint: 'Ergänzen Sie „partner:“ als Liste (name, anschrift) oder „partner_datei: partner.csv“.',
        ...source.locate('', 'value'),
        path: '',
      },
    ],
  };
}

/** A Jahresbericht to be shown inside a Vorlage: checked like any spec, its findings reported in its own file. */
async function embeddedReport(file: string, source: LoadedSpec, env: NodeJS.ProcessEnv): Promise<{ document?: ResolvedDocument; diagnostics: Diagnostic[] }> {
  const { loadWithBasis } = await import('../spec/basis.js');
  const { checkSpec } = await import('../spec/check.js');
  const missing = referencedFileProblem(file, relative(dirname(source.locate('/jahresbericht').file), file), 'Die Jahresberichtsdatei');
  if (missing) return { diagnostics: [namedFileError(source, '/jahresbericht', CODES.embeddedReport, missing)] };
  const checked = await checkSpec(loadWithBasis(file));
  if (!checked.spec || !checked.profile || !checked.profileDir) return { diagnostics: checked.diagnostics };
  if (checked.spec.art !== 'jahresbericht') {
    return {
      diagnostics: [
        { code: CODES.embeddedReport, severity: 'error', message: `„${file}“ ist kein Jahresbericht (art: ${checked.spec.art}).`, hint: 'Als Sachlage lässt sich nur eine Datei mit „art: jahresbericht“ einbinden.', ...source.locate('/jahresbericht'), path: '/jahresbericht' },
      ],
    };
  }
  return { document: resolveJahresbericht(checked.spec, checked.profile, checked.profileDir, env), diagnostics: checked.diagnostics };
}

export async function resolveDocuments(
  spec: Spec,
  profile: Profile,
  profileDir: string,
  source: LoadedSpec,
  env: NodeJS.ProcessEnv,
): Promise<ResolvedSet> {
  if (spec.art === 'bericht') return { documents: [resolveBericht(spec, profile, profileDir, env)], diagnostics: [] };
  if (spec.art === 'jahresbericht') return { documents: [resolveJahresbericht(spec, profile, profileDir, env)], diagnostics: [] };
  if (spec.art !== 'vereinbarung') {
    const document = resolve({ spec, profile, profileDir, env });
    if (!spec.jahresbericht) return { documents: [document], diagnostics: [] };
    const report = await embeddedReport(namedFile(source, 'jahresbericht')!, source, env);
    if (!report.document) return { documents: [], diagnostics: report.diagnostics };
    const label = (document.view as { labels: Record<string, string> }).labels.sachlage ?? 'Sachlage';
    return { documents: [{ ...document, embedded: { afterHeading: label, document: report.document } }], diagnostics: report.diagnostics };
  }
  const { partners, diagnostics } = await partnersOf(spec, source);
  const documents = partners.map(({ partner }) => resolveVereinbarung(spec, profile, profileDir, partner, env));
  const clashes = duplicatePartners(partners, documents.map((document) => outputFileName(document, source.file)));
  if (clashes.length > 0) return { documents: [], diagnostics: [...diagnostics, ...clashes] };
  return { documents, diagnostics };
}
