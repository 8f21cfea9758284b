// RV401–RV409: stated figures in structured finance tables agree with what they are computed from;
// RV410: a distribution key has the figures it distributes by; RV411: the table can be computed at all;
// RV412: an amount with fractions of a cent (printed rounded).
import { DEFAULT_COLUMNS, evaluateTable } from '../../finance/plan.js';
import { checkMessage } from '../../finance/messages.js';
import { formatEuro, fromCents, hasFractionOfCent, toCents, writtenAmount } from '../../finance/money.js';
import type { Finanzen, PlanRow, PlanTable } from '../../finance/types.js';
import { CODES, type Diagnostic } from '../diagnostics.js';
import { errorAt, type LoadedSpec } from '../load.js';
import type { Rule } from './index.js';

const KEY_FIELDS = { einwohner: 'einwohner', gewichte: 'gewicht' } as const;

/** A distribution by inhabitants or weights needs that figure in every row, and not all of them 0. */
function distributionProblem(source: LoadedSpec, table: PlanTable, path: string): Diagnostic | undefined {
  const key = table.verteilung?.schluessel;
  if (key !== 'einwohner' && key !== 'gewichte') return undefined;
  const field = KEY_FIELDS[key];
  const missing = table.zeilen.findIndex((row) => row[field] === undefined);
  const at = missing >= 0 ? `${path}/zeilen/${missing}` : `${path}/verteilung/schluessel`;
  if (missing < 0 && table.zeilen.some((row) => (row[field] ?? 0) > 0)) return undefined;
  const message =
    missing >= 0
      ? `Die Verteilung „${key}“ braucht in jeder Zeile „${field}“; der Zeile „${table.zeilen[missing]!.bezeichnung}“ fehlt die Angabe.`
      : `Die Verteilung „${key}“ braucht mindestens eine Zeile mit „${field}“ über 0.`;
  const hint = `Tragen Sie „${field}: …“ in jeder Zeile ein, oder verteilen Sie mit „schluessel: gleich“ zu gleichen Teilen.`;
  return errorAt(source, CODES.distributionKey, at, message, hint);
}

/** Every row of a table with its path below the table: top-level rows, group rows, „darin enthalten“. */
function allRows(table: PlanTable): { row: PlanRow; at: string }[] {
  const walk = (list: PlanRow[] | undefined, at: string): { row: PlanRow; at: string }[] =>
    (list ?? []).flatMap((row, i) => [
      { row, at: `${at}/${i}` },
      ...walk(row.zeilen, `${at}/${i}/zeilen`),
      ...walk(row.darin_enthalten, `${at}/${i}/darin_enthalten`),
    ]);
  return walk(table.zeilen, '/zeilen');
}

/** Every amount in euros written in a table, with its path below the table. */
function writtenAmounts(table: PlanTable): { value: number; at: string }[] {
  const list = (values: (number | null)[] | undefined, at: string) =>
    (values ?? []).flatMap((value, j) => (typeof value === 'number' ? [{ value, at: `${at}/${j}` }] : []));
  const single = (value: number | null | undefined, at: string) => (typeof value === 'number' ? [{ value, at }] : []);
  return [
    ...allRows(table).flatMap(({ row, at }) => [
      ...list(row.betraege, `${at}/betraege`),
      ...single(row.betrag, `${at}/betrag`),
      ...single(row.einzelpreis, `${at}/einzelpreis`),
    ]),
    ...list(table.summe?.betraege, '/summe/betraege'),
    ...single(table.summe?.betrag, '/summe/betrag'),
    ...single(table.verteilung?.betrag, '/verteilung/betrag'),
    ...(table.hochrechnungen ?? []).flatMap((projection, k) => single(projection.betrag, `/hochrechnungen/${k}/betrag`)),
  ];
}

/** Amounts with fractions of a cent are printed rounded to the cent: said, so no one wonders about a sum. */
function subCentAmounts(source: LoadedSpec, table: PlanTable, path: string): Diagnostic[] {
  return writtenAmounts(table)
    .filter(({ value }) => hasFractionOfCent(value))
    .map(({ value, at }) => ({
      code: CODES.subCent,
      severity: 'warning',
      message: `Der Betrag ${writtenAmount(value)} hat Bruchteile eines Cents; er wird gerundet als ${formatEuro(fromCents(toCents(value)))} gedruckt und gerechnet.`,
      hint: 'Schreiben Sie Beträge mit höchstens zwei Nachkommastellen, z. B. 1333.33.',
      ...source.locate(`${path}${at}`),
      path: `${path}${at}`,
    }));
}

const AMOUNTS_HINT = 'Ein Betrag je Spalte, in der Reihenfolge der Spalten; ~ für ein leeres Feld. Ein Komma trennt Beträge: Cent schreiben Sie mit Punkt (12500.50, nicht 12500,50).';

/** What makes a table impossible to compute: references to missing columns, more amounts than columns. */
function structureProblems(source: LoadedSpec, table: PlanTable, path: string): Diagnostic[] {
  const columns = table.spalten ?? DEFAULT_COLUMNS;
  const names = columns.map((c) => c.name);
  const listed = `Vorhanden: ${names.map((n) => `„${n}“`).join(', ')}.`;
  const found: Diagnostic[] = [];
  const problem = (at: string, message: string, hint: string) => found.push(errorAt(source, CODES.financeStructure, `${path}${at}`, message, hint));
  columns.forEach((column, j) => {
    if (column.aus === undefined) return;
    const from = columns.find((c) => c.name === column.aus && c !== column);
    if (!from) problem(`/spalten/${j}/aus`, `Die Spalte „${column.name}“ soll aus „${column.aus}“ berechnet werden; diese Spalte gibt es nicht.`, listed);
    else if (from.aus !== undefined) problem(`/spalten/${j}/aus`, `Die Spalte „${column.name}“ soll aus „${column.aus}“ berechnet werden, die selbst berechnet wird.`, 'Berechnen Sie jede Spalte aus einer Spalte mit eingetragenen Beträgen.');
  });
  const totals = columns.flatMap((c, j) => (c.gesamt ? [j] : []));
  for (const j of totals.slice(1)) problem(`/spalten/${j}/gesamt`, `Die Tabelle hat schon eine Gesamtspalte („${columns[totals[0]!]!.name}“).`, 'Markieren Sie nur eine Spalte mit „gesamt: true“.');
  (table.hochrechnungen ?? []).forEach((projection, k) => {
    if (!names.includes(projection.spalte)) problem(`/hochrechnungen/${k}/spalte`, `Die Hochrechnung „${projection.bezeichnung}“ nennt die Spalte „${projection.spalte}“, die es nicht gibt.`, listed);
  });
  const tooMany = (amounts: unknown[] | undefined, at: string, label: string) => {
    if (amounts && amounts.length > columns.length) {
      problem(at, `${label} hat ${amounts.length} Beträge, die Tabelle aber nur ${columns.length} ${columns.length === 1 ? 'Spalte' : 'Spalten'}.`, `${AMOUNTS_HINT} ${listed}`);
    }
  };
  for (const { row, at } of allRows(table)) tooMany(row.betraege, `${at}/betraege`, `Die Zeile „${row.bezeichnung}“`);
  tooMany(table.summe?.betraege, '/summe/betraege', 'Die Summenzeile');
  return found;
}

/** Diagnostics for one finance table written at `path` in a spec (any kind of document). */
export function tableDiagnostics(source: LoadedSpec, table: PlanTable, path: string): Diagnostic[] {
  const rounded = subCentAmounts(source, table, path);
  const structure = structureProblems(source, table, path);
  if (structure.length) return [...rounded, ...structure];
  const problem = distributionProblem(source, table, path);
  if (problem) return [...rounded, problem];
  return [...rounded, ...evaluateTable(table).findings.map((check): Diagnostic => {
    const { code, message, hint } = checkMessage(check);
    const at = `${path}${check.path}`;
    return { code, message, hint, severity: check.takenOver ? 'warning' : 'error', ...source.locate(at), path: at };
  })];
}

export const financeConsistency: Rule = (ctx) => {
  const finance = ctx.spec.finanzielle_auswirkungen;
  if (typeof finance !== 'object' || finance === null) return [];
  return ((finance as Finanzen).tabellen ?? []).flatMap((table, t) =>
    tableDiagnostics(ctx.source, table, `/finanzielle_auswirkungen/tabellen/${t}`),
  );
};
