// RV307: words marked as another language, :sprache[best practice]{lang=en}, need a language tag that
// screen readers and Word understand. Without one the words are still printed, only unmarked.
import { CODES, type Diagnostic } from './diagnostics.js';
import { isLanguageTag } from './formats.js';
import type { LoadedSpec } from './load.js';

const MARK = /:sprache\[([^\]\n]*)\](?:\{([^}\n]*)\})?/g;
const LANG_ATTRIBUTE = /(?:^|\s)lang=(?:"([^"]*)"|'([^']*)'|(\S+))/;

/** Every string of the spec with its JSON pointer. */
function strings(value: unknown, pointer = ''): { pointer: string; text: string }[] {
  if (typeof value === 'string') return [{ pointer, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${pointer}/${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  }
  return [];
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

function check(source: LoadedSpec, pointer: string, text: string): Diagnostic[] {
  return [...text.matchAll(MARK)].flatMap((match) => {
    const lang = LANG_ATTRIBUTE.exec(match[2] ?? '')?.slice(1).find((v) => v !== undefined);
    if (lang !== undefined && isLanguageTag(lang)) return [];
    const { line, column } = lineAndColumn(text, match.index);
    const words = `„${match[1]}“`;
    return [
      {
        code: CODES.languageTag,
        severity: 'warning' as const,
        message:
          lang === undefined
            ? `Bei ${words} fehlt die Sprache; die Wörter werden ohne Sprachangabe gedruckt.`
            : `„${lang}“ bei ${words} ist kein Sprachcode; die Wörter werden ohne Sprachangabe gedruckt.`,
        hint: `Schreiben Sie den Sprachcode in geschweiften Klammern dahinter, etwa :sprache[${match[1]}]{lang=en} für Englisch, {lang=fr} für Französisch oder {lang=tr} für Türkisch.`,
        path: pointer,
        ...source.locateInText(pointer, line, column),
      },
    ];
  });
}

/** Language marks with a missing or malformed language, in any text of the spec. */
export function languageMarkDiagnostics(source: LoadedSpec): Diagnostic[] {
  return strings(source.data)
    .filter(({ text }) => text.includes(':sprache['))
    .flatMap(({ pointer, text }) => check(source, pointer, text));
}
