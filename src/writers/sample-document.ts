// A short Beschlussvorlage of an invented town, built directly in the document model: what a writer is
// warmed up with before a batch hands it real documents (see warmUpWriter in index.ts). It holds the
// blocks most Vorlagen have, so that their code is compiled and the fonts are parsed, and nothing that
// needs a file (no logo, no images).
import type { Block, DocumentModel, Inline, ParagraphBlock } from '../model/types.js';
import { themeFromProfile, type Theme } from './shared/theme.js';

const text = (value: string): Inline => ({ type: 'text', value });
const paragraph = (...children: Inline[]): ParagraphBlock => ({ type: 'paragraph', children });
const heading = (level: 1 | 2, value: string): Block => ({ type: 'heading', level, children: [text(value)] });
const items = (...lines: string[]): Block[][] => lines.map((line) => [paragraph(text(line))]);
const cells = (...values: string[]) => values.map((value) => ({ children: [text(value)] }));

const blocks: Block[] = [
  { type: 'letterhead', lines: [[text('Musterstadt')], [text('Der Bürgermeister')], [text('Fachbereich Jugend, Familie und Soziales')]] },
  { type: 'title', role: 'art', children: [text('Beschlussvorlage')] },
  { type: 'fields', items: [{ label: 'Vorlagen-Nr.', value: [text('2026/0001')] }, { label: 'Federführung', value: [text('Jugendamt')] }] },
  { type: 'title', role: 'betreff', children: [text('Weiterführung des Netzwerks Frühe Hilfen; Förderung 2027')] },
  heading(1, 'Beratungsfolge'),
  { type: 'table', align: ['left', 'left', 'left'], header: cells('Datum', 'Gremium', 'Zuständigkeit'), rows: [cells('12.03.2027', 'Jugendhilfeausschuss', 'Vorberatung'), cells('25.03.2027', 'Rat der Stadt', 'Entscheidung')] },
  heading(1, 'Beschlussvorschlag'),
  { ...paragraph(text('Der Rat der Stadt beschließt:')), keepWithNext: true },
  { type: 'list', ordered: true, start: 1, items: items('Das Netzwerk wird für die Jahre 2027 und 2028 weitergeführt.', 'Die Verwaltung wird beauftragt, die Fördermittel des Landes zu beantragen.') },
  heading(1, 'Sachlage'),
  paragraph(
    text('Seit 2019 arbeiten Jugendamt, Gesundheitsamt, Kitas und Beratungsstellen im Netzwerk zusammen. '),
    { type: 'strong', children: [text('Im vergangenen Jahr')] },
    text(' haben 214 Familien ein Angebot genutzt; das sind 18 % mehr als im Jahr zuvor'),
    { type: 'footnoteRef', number: 1 },
    text('. Die Angebote sind im '),
    { type: 'link', url: 'https://www.example.org/fruehe-hilfen', children: [text('Familienwegweiser')] },
    text(' beschrieben.'),
  ),
  heading(2, '1. Schwerpunkte'),
  { type: 'list', ordered: false, start: 1, items: items('Willkommensbesuche nach der Geburt', 'Elterncafés in den Familienzentren', 'Fortbildungen für Fachkräfte zu § 8a SGB VIII') },
  paragraph({ type: 'emphasis', children: [text('Die Evaluation des Landes liegt als Anlage bei.')] }),
  heading(1, 'Finanzielle Auswirkungen'),
  { ...paragraph(text('Die Kosten sind im Haushalt wie folgt veranschlagt:')), keepWithNext: true },
  { type: 'table', align: ['left', 'right', 'right'], header: cells('Position', '2027', '2028'), rows: [cells('Personal', '48.500,00 €', '49.700,00 €'), cells('Sachkosten', '6.200,00 €', '6.200,00 €'), cells('Summe', '54.700,00 €', '55.900,00 €')] },
  { type: 'checkboxes', items: [{ checked: true, children: [text('Die Mittel stehen zur Verfügung.')] }, { checked: false, children: [text('Die Mittel stehen nicht zur Verfügung.')] }] },
  heading(1, 'Rechtslage'),
  paragraph(text('Die Zuständigkeit des Rates ergibt sich aus § 41 Abs. 1 GO NRW; Grundlage der Förderung ist § 3 KKG.')),
  { type: 'signature', lead: [], columns: [{ before: [[text('Der Bürgermeister')]], after: [[text('Beispielmann')]], signLine: true }] },
  heading(1, 'Anlagen'),
  { type: 'list', ordered: true, start: 1, items: items('Evaluationsbericht 2026') },
];

/** The sample Vorlage and the house style it is set in (the defaults). */
export function sampleDocument(): { model: DocumentModel; theme: Theme } {
  const model: DocumentModel = {
    meta: { title: 'Weiterführung des Netzwerks Frühe Hilfen', subject: 'Beschlussvorlage', author: 'Musterstadt', language: 'de-DE', created: new Date(Date.UTC(2027, 0, 15)), runningHeader: 'Vorlage 2026/0001' },
    blocks,
    footnotes: [{ number: 1, children: [paragraph(text('Jahresstatistik des Jugendamts, Stand 31.12.2026.'))] }],
  };
  return { model, theme: themeFromProfile({ id: 'musterstadt', name: 'Musterstadt', kopf: 'Musterstadt' }) };
}
