// Markdown in the spec's texts that would not print as the writer meant, one check per kind of mark:
// RV307 words marked as another language, :sprache[best practice]{lang=en}, need a language tag that
// screen readers and Word understand (without one the words print unmarked); RV309 an image in running
// text prints only its alternative text. The text is read by the same Markdown parser that renders it,
// so check and document always agree.
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseUserMarkdown } from '../markdown/parse.js';
import { CODES, type Diagnostic } from './diagnostics.js';
import { isLanguageTag } from './formats.js';
import type { LoadedSpec } from './load.js';
import { specStrings } from './spec-strings.js';
import { pointerToSegments } from './positions.js';

interface Mark {
  type: string;
  name?: string;
  alt?: string | null;
  url?: string;
  attributes?: Record<string, string | null | undefined> | null;
  position?: { start: { line: number; column: number } };
  children?: Mark[];
}

type Finding = Pick<Diagnostic, 'code' | 'message' | 'hint'>;

interface MarkCheck {
  /** Text that must occur in a string for the check to parse it (most strings hold no Markdown marks). */
  trigger: string;
  /** A finding about this node, or undefined when it is fine or not this check's kind. */
  inspect: (node: Mark) => Finding | undefined;
}

const languageTag: MarkCheck = {
  trigger: ':sprache[',
  inspect(node) {
    if (node.type !== 'textDirective' || node.name !== 'sprache') return undefined;
    const lang = node.attributes?.lang ?? undefined;
    if (lang && isLanguageTag(lang)) return undefined;
    const words = toString(node as Nodes);
    return {
      code: CODES.languageTag,
      message: lang
        ? `„${lang}“ bei „${words}“ ist kein Sprachcode; die Wörter werden ohne Sprachangabe gedruckt.`
        : `Bei „${words}“ fehlt die Sprache; die Wörter werden ohne Sprachangabe gedruckt.`,
      hint: `Schreiben Sie den Sprachcode in geschweiften Klammern dahinter, etwa :sprache[${words}]{lang=en} für Englisch, {lang=fr} für Französisch oder {lang=tr} für Türkisch.`,
    };
  },
};

const imageInText: MarkCheck = {
  trigger: '![',
  inspect(node) {
    if (node.type !== 'image') return undefined;
    const alt = node.alt ?? '';
    return {
      code: CODES.imageInText,
      message: alt
        ? `Bilder im Text werden nicht gedruckt: An der Stelle von „${node.url}“ erscheint nur sein Alternativtext „${alt}“.`
        : `Bilder im Text werden nicht gedruckt: „${node.url}“ fehlt im Dokument, und ohne Alternativtext bleibt die Stelle leer.`,
      hint: 'Legen Sie das Bild als Anlage bei (unter anlagen) und verweisen Sie im Text darauf, oder beschreiben Sie in Worten, was es zeigt.',
    };
  },
};

const MARK_CHECKS: readonly MarkCheck[] = [languageTag, imageInText];

function nodes(node: Mark): Mark[] {
  return [node, ...(node.children ?? []).flatMap(nodes)];
}

// Fields written in Markdown (the templates pass them to {{markdown …}}); every other text is printed as
// written, so a mark there is no mark.
const MARKDOWN_FIELDS = new Set([
  'beschlussvorschlag', 'sachlage', 'rechtslage', 'finanzielle_auswirkungen', 'personelle_auswirkungen', 'soziale_auswirkungen',
  'klimarelevanz', 'text', 'nachtext', 'erlaeuterung', 'einleitung', 'ausblick', 'beschreibung', 'impressum', 'praeambel', 'titelseite',
]);

/** Whether the text at a pointer is Markdown: its nearest field name (list positions skipped) says so. */
function isMarkdownField(pointer: string): boolean {
  const field = pointerToSegments(pointer).filter((s) => typeof s === 'string').at(-1);
  return typeof field === 'string' && MARKDOWN_FIELDS.has(field);
}

/** Warnings about Markdown marks in the Markdown texts of the spec, at the place of each mark. */
export function markdownMarkDiagnostics(source: LoadedSpec): Diagnostic[] {
  return specStrings(source.data).filter(({ pointer }) => isMarkdownField(pointer)).flatMap(({ pointer, text }) => {
    const checks = MARK_CHECKS.filter((check) => text.includes(check.trigger));
    if (!checks.length) return [];
    return nodes(parseUserMarkdown(text) as Mark).flatMap((node) =>
      checks.flatMap((check) => {
        const found = check.inspect(node);
        if (!found) return [];
        const at = node.position?.start ?? { line: 1, column: 1 };
        return [{ severity: 'warning' as const, ...found, path: pointer, ...source.locateInText(pointer, at.line, at.column) }];
      }),
    );
  });
}
