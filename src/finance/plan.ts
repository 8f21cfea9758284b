// Evaluates a finance table: fills what is left open, recomputes what is stated, and reports every
// stated figure that differs from its computation (with both figures, in cents).
import { distributeCents, productCents, sumCents } from './distribute.js';
import { toCents } from './money.js';
import type { Amount, PlanColumn, PlanRow, PlanTable } from './types.js';

export type CheckKind = 'produkt' | 'zeilensumme' | 'gruppe' | 'summe' | 'darin' | 'spalte' | 'anteil' | 'hochrechnung' | 'einwohner';

export interface Check {
  kind: CheckKind;
  /** JSON pointer (relative to the table) of the stated value. */
  path: string;
  stated: number;
  computed: number;
  /** What was computed, in words: „24 × 800,00 €“, „Summe der Jahre 2012–2014“. */
  formula: Formula;
  /** The figure was taken over from a decided document: report as a warning, print as stated. */
  takenOver: boolean;
}

/** How a computed figure came about, for messages; amounts in cents. */
export type Formula =
  | { type: 'product'; quantity: number; unitPriceCents: number }
  | { type: 'columns'; names: string[] }
  | { type: 'children'; of: string; column: string }
  | { type: 'rows'; column: string }
  | { type: 'included'; of: string }
  | { type: 'derived'; column: string; from: string; factor: number }
  | { type: 'share'; key: 'gleich' | 'einwohner' | 'gewichte'; totalCents: number }
  | { type: 'projection'; column: string; factor: number; baseCents: number }
  | { type: 'population' };

export type RowKind = 'row' | 'group' | 'detailHeader' | 'detail' | 'population' | 'sum' | 'projection';

export interface EvaluatedRow {
  kind: RowKind;
  label: string;
  italic: boolean;
  depth: number;
  population?: number;
  /** Quantity and unit price (cents), when the row states them. */
  product?: { quantity: number; unitPriceCents: number };
  /** One value per amount column, in cents; null for an empty cell. */
  cells: (number | null)[];
}

export interface EvaluatedTable {
  columns: PlanColumn[];
  rows: EvaluatedRow[];
  checks: Check[];
  /** Failed checks only. */
  findings: Check[];
}

/** A table without `spalten` has one column of amounts. */
export const DEFAULT_COLUMNS: PlanColumn[] = [{ name: 'Betrag' }];

interface Stated {
  values: (number | null)[];
  /** Path of each value: …/betraege/i, or …/betrag for the one-column shortcut. */
  paths: string[];
}

function stated(row: { betraege?: Amount[]; betrag?: Amount }, path: string, columns: number): Stated {
  if (row.betraege === undefined && row.betrag !== undefined) {
    return { values: [row.betrag === null ? null : toCents(row.betrag)], paths: [`${path}/betrag`] };
  }
  const values = Array.from({ length: columns }, (_, i) => {
    const v = row.betraege?.[i];
    return v === undefined || v === null ? null : toCents(v);
  });
  return { values, paths: values.map((_, i) => `${path}/betraege/${i}`) };
}

class Evaluator {
  readonly checks: Check[] = [];
  readonly rows: EvaluatedRow[] = [];

  constructor(readonly columns: PlanColumn[]) {}

  /** Records a check and returns the value to show: the stated one when there is one, else the computed. */
  settle(cell: { value: number | null; path: string }, computed: number, kind: CheckKind, formula: Formula, takenOver: boolean): number {
    if (cell.value === null) return computed;
    this.checks.push({ kind, path: cell.path, stated: cell.value, computed, formula, takenOver });
    return cell.value;
  }

  columnIndex(name: string): number {
    return this.columns.findIndex((c) => c.name === name);
  }

  /** Fills or checks derived columns, the product and the total column of one row. */
  rowValues(row: PlanRow, values: (number | null)[], paths: string[]): (number | null)[] {
    const taken = row.uebernommen === true;
    const cells = [...values];
    const at = (i: number) => ({ value: cells[i] ?? null, path: paths[i] ?? '' });
    if (row.menge !== undefined && row.einzelpreis !== undefined) {
      const computed = productCents(row.menge, row.einzelpreis);
      cells[0] = this.settle(at(0), computed, 'produkt', { type: 'product', quantity: row.menge, unitPriceCents: toCents(row.einzelpreis) }, taken);
    }
    this.columns.forEach((column, i) => {
      if (!column.aus || column.faktor === undefined) return;
      const source = cells[this.columnIndex(column.aus)];
      if (source === null || source === undefined) return;
      const computed = Math.round(source * column.faktor);
      cells[i] = this.settle(at(i), computed, 'spalte', { type: 'derived', column: column.name, from: column.aus, factor: column.faktor }, taken);
    });
    const total = this.columns.findIndex((c) => c.gesamt);
    if (total >= 0) {
      const others = this.columns.map((_, i) => i).filter((i) => i !== total);
      const parts = others.map((i) => cells[i]).filter((v): v is number => v !== null && v !== undefined);
      if (parts.length > 0) {
        const names = others.map((i) => this.columns[i]!.name);
        cells[total] = this.settle(at(total), sumCents(parts), 'zeilensumme', { type: 'columns', names }, taken);
      }
    }
    return cells;
  }

  /** Evaluates rows (recursively for groups and „darin enthalten“); returns their cells. */
  evaluateRows(rows: PlanRow[], path: string, depth: number, share?: (index: number) => number | undefined): (number | null)[][] {
    return rows.map((row, index) => {
      const rowPath = `${path}/${index}`;
      const given = stated(row, rowPath, this.columns.length);
      const entry: EvaluatedRow = {
        kind: row.zeilen ? 'group' : depth > 0 && path.endsWith('darin_enthalten') ? 'detail' : 'row',
        label: row.bezeichnung,
        italic: row.kursiv === true,
        depth,
        ...(row.einwohner !== undefined ? { population: row.einwohner } : {}),
        ...(row.menge !== undefined && row.einzelpreis !== undefined
          ? { product: { quantity: row.menge, unitPriceCents: toCents(row.einzelpreis) } }
          : {}),
        cells: [],
      };
      this.rows.push(entry);
      let values = given.values;
      const shareCents = share?.(index);
      if (shareCents !== undefined) {
        values = [...values];
        values[0] = this.settle({ value: values[0] ?? null, path: given.paths[0]! }, shareCents, 'anteil', this.shareFormula!, row.uebernommen === true);
      }
      if (row.zeilen) {
        const children = this.evaluateRows(row.zeilen, `${rowPath}/zeilen`, depth + 1);
        values = values.map((value, i) => {
          const parts = children.map((c) => c[i]).filter((v): v is number => v !== null && v !== undefined);
          if (parts.length === 0) return value;
          const formula: Formula = { type: 'children', of: row.bezeichnung, column: this.columns[i]!.name };
          return this.settle({ value, path: given.paths[i]! }, sumCents(parts), 'gruppe', formula, row.uebernommen === true);
        });
      }
      const cells = this.rowValues(row, values, given.paths);
      entry.cells = cells;
      if (row.darin_enthalten) this.included(row, cells, rowPath, depth);
      return cells;
    });
  }

  shareFormula?: Formula;

  /** „darin enthalten“: the parts may not add up to more than the row they are part of. */
  included(row: PlanRow, cells: (number | null)[], rowPath: string, depth: number): void {
    this.rows.push({ kind: 'detailHeader', label: 'darin enthalten:', italic: true, depth: depth + 1, cells: cells.map(() => null) });
    const parts = this.evaluateRows(row.darin_enthalten!, `${rowPath}/darin_enthalten`, depth + 1);
    cells.forEach((whole, i) => {
      const sum = sumCents(parts.map((p) => p[i] ?? 0));
      if (whole !== null && sum > whole) {
        this.checks.push({
          kind: 'darin',
          path: `${rowPath}/darin_enthalten`,
          stated: whole,
          computed: sum,
          formula: { type: 'included', of: row.bezeichnung },
          takenOver: row.uebernommen === true,
        });
      }
    });
  }
}

function shares(table: PlanTable, totalCents: number): number[] {
  const key = table.verteilung!.schluessel;
  const weights = table.zeilen.map((row) => (key === 'gleich' ? 1 : key === 'einwohner' ? (row.einwohner ?? 0) : (row.gewicht ?? 0)));
  return distributeCents(totalCents, weights);
}

export function evaluateTable(table: PlanTable): EvaluatedTable {
  const columns = table.spalten ?? DEFAULT_COLUMNS;
  const evaluator = new Evaluator(columns);
  const sumGiven = table.summe ? stated(table.summe, '/summe', columns.length) : undefined;
  const distributed = table.verteilung
    ? (table.verteilung.betrag !== undefined ? toCents(table.verteilung.betrag) : sumGiven?.values[0] ?? undefined)
    : undefined;
  let shareOf: ((i: number) => number | undefined) | undefined;
  if (table.verteilung && distributed !== undefined && distributed !== null) {
    const parts = shares(table, distributed);
    evaluator.shareFormula = { type: 'share', key: table.verteilung.schluessel, totalCents: distributed };
    shareOf = (i) => parts[i];
  }
  const rows = evaluator.evaluateRows(table.zeilen, '/zeilen', 0, shareOf);
  const sums = columns.map((_, i) => {
    const parts = rows.map((r) => r[i]).filter((v): v is number => v !== null && v !== undefined);
    return parts.length ? sumCents(parts) : null;
  });
  if (table.summe && sumGiven) {
    const taken = table.summe.uebernommen === true;
    const cells = sums.map((computed, i) =>
      computed === null
        ? (sumGiven.values[i] ?? null)
        : evaluator.settle({ value: sumGiven.values[i] ?? null, path: sumGiven.paths[i]! }, computed, 'summe', { type: 'rows', column: columns[i]!.name }, taken),
    );
    const population = table.zeilen.reduce((a, r) => a + (r.einwohner ?? 0), 0);
    const hasPopulation = table.zeilen.some((r) => r.einwohner !== undefined);
    if (table.summe.einwohner !== undefined && hasPopulation && table.summe.einwohner !== population) {
      evaluator.checks.push({ kind: 'einwohner', path: '/summe/einwohner', stated: table.summe.einwohner, computed: population, formula: { type: 'population' }, takenOver: taken });
    }
    if (hasPopulation) {
      const total = table.summe.einwohner ?? population;
      evaluator.rows.push({ kind: 'population', label: 'Einwohner gesamt', italic: false, depth: 0, population: total, cells: cells.map(() => null) });
    }
    evaluator.rows.push({ kind: 'sum', label: table.summe.bezeichnung, italic: false, depth: 0, cells });
    sums.splice(0, sums.length, ...cells);
  }
  (table.hochrechnungen ?? []).forEach((projection, i) => {
    const column = evaluator.columnIndex(projection.spalte);
    const base = column >= 0 ? sums[column] : null;
    const given = projection.betrag === undefined || projection.betrag === null ? null : toCents(projection.betrag);
    const computed = base === null || base === undefined ? given : Math.round(base * projection.faktor);
    const value =
      computed === null
        ? null
        : evaluator.settle(
            { value: given, path: `/hochrechnungen/${i}/betrag` },
            computed,
            'hochrechnung',
            { type: 'projection', column: projection.spalte, factor: projection.faktor, baseCents: base ?? 0 },
            projection.uebernommen === true,
          );
    evaluator.rows.push({
      kind: 'projection',
      label: projection.bezeichnung,
      italic: false,
      depth: 0,
      cells: columns.map((_, c) => (c === column ? value : null)),
    });
  });
  const findings = evaluator.checks.filter((c) => c.stated !== c.computed);
  return { columns, rows: evaluator.rows, checks: evaluator.checks, findings };
}
