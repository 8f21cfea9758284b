// Finance data → what the template prints: formatted cells, bold totals, checkbox states.
import { evaluateTable, type EvaluatedRow, type EvaluatedTable } from '../finance/plan.js';
import { formatAmount, formatEuro, fromCents } from '../finance/money.js';
import type { Finanzen, Klima, PlanTable } from '../finance/types.js';

export type AmountStyle = 'cent' | 'strich';

/**
 * „23.000,00 €“, or in the „strich“ style as some councils print their tables, with the € in the column
 * head and none in the cells: „23.000,-“ for whole euros, „23.000,50“ otherwise.
 */
export function amountFormatter(style: AmountStyle): (cents: number) => string {
  if (style === 'cent') return (cents) => formatEuro(fromCents(cents));
  return (cents) => (cents % 100 === 0 ? `${formatAmount(fromCents(cents)).slice(0, -3)},-` : formatAmount(fromCents(cents)));
}

const count = (n: number) => new Intl.NumberFormat('de-DE').format(n);

interface RowView {
  cells: string[];
  bold: boolean;
  italic: boolean;
}

/** Rows that head the rows below them: a group („Zu 1: Externe Fachkraft“) and „darin enthalten:“. */
const HEADS_ROWS_BELOW: ReadonlySet<EvaluatedRow['kind']> = new Set(['group', 'detailHeader']);

function rowView(row: EvaluatedRow, table: EvaluatedTable, money: (c: number) => string, population: boolean, product: boolean): RowView {
  const indent = row.depth > 0 && row.kind !== 'detailHeader' ? '\u2003'.repeat(row.depth) : '';
  const cells = [
    indent + row.label,
    ...(population ? [row.population === undefined ? '' : count(row.population)] : []),
    ...(product ? [row.product ? `${count(row.product.quantity)} × ${money(row.product.unitPriceCents)}` : ''] : []),
    ...table.columns.map((_, i) => {
      const value = row.cells[i];
      return value === null || value === undefined ? '' : money(value);
    }),
  ];
  return { cells, bold: row.kind === 'sum' || row.kind === 'group' || row.kind === 'projection', italic: row.italic };
}

// A currency named in a table's head: then the „strich“ style's bare amounts are clear as they are.
const CURRENCY = /€|\bEUR\b|\bEuro\b/i;

/**
 * The amount columns' heads. In the „strich“ style the cells carry no €, so a table whose title, heading
 * and column heads name no currency gets „in €“ on every amount column; the reader never has to guess.
 */
function amountHeads(table: PlanTable, names: string[], style: AmountStyle): string[] {
  const heads = [table.titel, table.ueberschrift, ...names];
  if (style === 'cent' || heads.some((head) => head && CURRENCY.test(head))) return names;
  return names.map((name) => (name ? `${name} in €` : '€'));
}

function tableView(table: PlanTable, money: (c: number) => string, style: AmountStyle) {
  const evaluated = evaluateTable(table);
  const population = evaluated.rows.some((r) => r.population !== undefined);
  const product = table.berechnung_zeigen !== false && evaluated.rows.some((r) => r.product !== undefined);
  const header = [
    table.titel ?? '',
    ...(population ? ['Einwohner'] : []),
    ...(product ? ['Menge × Preis'] : []),
    ...amountHeads(table, evaluated.columns.map((c) => c.name), style),
  ];
  const align = header.map((_, i) => (i === 0 ? 'left' : 'right'));
  return {
    ueberschrift: table.ueberschrift ?? null,
    text: table.text ?? null,
    header,
    align,
    rows: evaluated.rows.map((row) => rowView(row, evaluated, money, population, product)),
    // Row numbers, for `:::finanztabelle{gruppen=…}`: each stays on the page of the row after it.
    gruppen: evaluated.rows.flatMap((row, i) => (HEADS_ROWS_BELOW.has(row.kind) && i < evaluated.rows.length - 1 ? [i] : [])).join(' '),
    nachtext: table.nachtext ?? null,
  };
}

const AVAILABILITY = [
  { key: 'ja', label: 'zur Verfügung' },
  { key: 'nein', label: 'nicht zur Verfügung' },
  { key: 'teilweise', label: 'teilweise zur Verfügung' },
] as const;

export function financeView(finance: Finanzen, style: AmountStyle) {
  const money = amountFormatter(style);
  const available = finance.haushaltsmittel;
  const stelle = finance.haushaltsstelle;
  return {
    auswirkungen: finance.auswirkungen
      ? ['keine', 'folgende'].map((label) => ({ label, checked: finance.auswirkungen === label }))
      : null,
    text: finance.text ?? null,
    haushaltsstelle: stelle
      ? [
          ['Produkt', [stelle.produkt, stelle.bezeichnung].filter(Boolean).join(' ')],
          ['Sachkonto', stelle.sachkonto],
          ['Kostenstelle', stelle.kostenstelle],
          ['Teilhaushalt', stelle.teilhaushalt],
        ]
          .filter(([, value]) => value)
          .map(([label, value]) => ({ label: `${label}:`, value }))
      : null,
    tabellen: (finance.tabellen ?? []).map((t) => tableView(t, money, style)),
    haushaltsmittel: available
      ? {
          optionen: AVAILABILITY.filter((o) => o.key !== 'teilweise' || available.verfuegbar === 'teilweise').map((o) => ({
            label: o.label,
            checked: o.key === available.verfuegbar,
          })),
          wo: available.wo ?? null,
        }
      : null,
    weitere: [
      ['Deckungsvorschlag', finance.deckungsvorschlag],
      ['Folgekosten', finance.folgekosten],
      ['Gegenfinanzierung', finance.gegenfinanzierung],
    ]
      .filter(([, text]) => text)
      .map(([titel, text]) => ({ titel, text })),
    nachtext: finance.nachtext ?? null,
  };
}

const CLIMATE = ['ja, positiv', 'ja, negativ', 'nein', 'nicht einschätzbar'] as const;

export function climateView(climate: Klima) {
  return {
    auswirkung: climate.auswirkung ? CLIMATE.map((label) => ({ label, checked: label === climate.auswirkung })) : null,
    umfang: climate.umfang
      ? (['geringfügig', 'erheblich'] as const).map((label) => ({ label, checked: label === climate.umfang }))
      : null,
    erlaeuterung: climate.erlaeuterung ?? null,
  };
}
