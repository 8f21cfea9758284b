// Turns ajv errors into German messages that say what is wrong, where, and how to fix it.
// One handler per JSON Schema keyword; unknown keywords fall back to a generic message.
import { slug } from '../batch/safe-name.js';
import type { ErrorObject } from 'ajv';
import { CODES } from './diagnostics.js';
import { misspeltKeyFor, unknownKeyFinding } from './misspelt-key.js';
import { childPointer, pointerToSegments } from './positions.js';
import { nearestName } from './suggest.js';
import { fieldNames } from './field-types.js';

export interface SchemaFinding {
  code: string;
  message: string;
  hint?: string;
  /** JSON pointer of the value the finding is about. */
  path: string;
  /** Point at the key (unknown field), the value itself, or the object that lacks the field. */
  anchor: 'key' | 'value' | 'parent';
  /** For a misspelled key: the path of the field it was probably meant to be. */
  meant?: string;
  /** Message or hint instead, where the place is a row or cell of a spreadsheet (a list of copies, copy-table.ts). */
  inCell?: { message?: string; hint?: string };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'ein Text',
  number: 'eine Zahl',
  integer: 'eine ganze Zahl',
  boolean: 'true oder false',
  array: 'eine Liste (Zeilen mit „- “)',
  object: 'ein Abschnitt mit Unterfeldern',
  null: 'leer',
};

/** The same, for a cell: a yes/no cell reads „ja“ and „nein“, and a cell never holds YAML's lines. */
const CELL_TYPE_NAMES: Record<string, string> = {
  ...TYPE_NAMES,
  boolean: '„ja“ oder „nein“',
  array: 'eine Liste',
};

const IDENTIFIER = '^[a-z0-9-]+$';

/** „Stadt Dülmen“ → „ Als Kennung geschrieben: „stadt-duelmen“.“ for an identifier written as a name. */
function meantIdentifier(pattern: string, value: unknown): string {
  if (pattern !== IDENTIFIER || typeof value !== 'string') return '';
  const id = slug(value);
  return id && id !== value ? ` Als Kennung geschrieben: „${id}“.` : '';
}

/** The schemas' patterns in words; a pattern not listed is shown as written. */
export const PATTERN_WORDS: Record<string, string> = {
  [IDENTIFIER]: 'eine Kennung aus Kleinbuchstaben, Ziffern und Bindestrichen (etwa „stadt-gladbeck“)',
  '\\.ya?ml$': 'ein Dateiname, der auf „.yaml“ oder „.yml“ endet',
  '\\.csv$': 'ein Dateiname, der auf „.csv“ endet',
  '^#[0-9A-Fa-f]{6}$': 'eine Farbe in der Form #RRGGBB (etwa „#1F4E79“)',
  '^[^/\\\\].*\\.(png|PNG|jpe?g|JPE?G)$': 'ein PNG- oder JPEG-Bild, angegeben relativ zum Profilordner',
};

const TYPE_HINTS: Record<string, string> = {
  string: 'Setzen Sie den Wert in Anführungszeichen, dann liest YAML ihn als Text.',
  boolean: 'Schreiben Sie true (ja) oder false (nein), ohne Anführungszeichen.',
  number: 'Schreiben Sie die Zahl ohne Tausenderpunkte und mit Dezimalpunkt, z. B. 8866.66.',
  array: 'Schreiben Sie jeden Eintrag in eine eigene Zeile, die mit „- “ beginnt.',
  object: 'Schreiben Sie die Unterfelder eingerückt in die Zeilen darunter.',
};

const YES_NO: Record<string, boolean> = { ja: true, nein: false, yes: true, no: false, wahr: true, falsch: false, j: true, n: false };

/** The same, for a value written in a spreadsheet's cell: cells are read as YAML would hold them (copy-table.ts). */
const CELL_TYPE_HINTS: Record<string, string> = {
  boolean: 'Schreiben Sie „ja“ oder „nein“ in die Zelle.',
  number: 'Schreiben Sie eine Zahl in die Zelle, etwa 8866,66 oder 8.866,66.',
  integer: 'Schreiben Sie eine ganze Zahl in die Zelle, etwa 12.',
  array: 'Eine Zelle hält einen einzelnen Wert: Nennen Sie in der Kopfzeile die Einträge einzeln, etwa „beratungsfolge.1.gremium“.',
  object: 'Eine Zelle hält einen einzelnen Wert: Nennen Sie in der Kopfzeile das Unterfeld, etwa „unterschrift.name“.',
};

/** „~“ in a cell removes the field; where it is needed, say so. */
const REMOVED_IN_CELL = '„~“ löscht das Feld, es wird aber gebraucht: Tragen Sie einen Wert ein, oder lassen Sie die Zelle leer, dann gilt der Wert aus der Vorlage.';

/** „beratungsfolge/1/gremium“ → „beratungsfolge.2.gremium“, the head of the spreadsheet column for a field. */
function columnHead(pointer: string): string {
  return pointerToSegments(pointer).map((segment) => (typeof segment === 'number' ? segment + 1 : segment)).join('.');
}

/** Hints for the mix-ups people make, ahead of the general hint for the expected type. */
const MIX_UPS: { applies: (expected: string, value: unknown) => boolean; hint: (value: unknown) => string }[] = [
  {
    applies: (expected, value) => expected === 'boolean' && typeof value === 'string' && value.trim().toLowerCase() in YES_NO,
    hint: (value) => `YAML kennt „${String(value)}“ nicht als Ja/Nein: Schreiben Sie ${YES_NO[String(value).trim().toLowerCase()] ? 'true' : 'false'} statt „${String(value)}“.`,
  },
  {
    applies: (expected, value) => expected === 'string' && Array.isArray(value),
    hint: () => 'Mehrere Zeilen schreiben Sie als Textblock: hinter den Doppelpunkt ein „|“ und die Zeilen eingerückt darunter; eine Aufzählung mit „- “ darf darin stehen.',
  },
];

function typeHint(expected: string, value: unknown): string | undefined {
  return MIX_UPS.find((m) => m.applies(expected, value))?.hint(value) ?? TYPE_HINTS[expected];
}

function typeOfValue(value: unknown): string {
  if (value === null || value === undefined) return 'leer';
  if (Array.isArray(value)) return 'eine Liste';
  if (typeof value === 'object') return 'ein Abschnitt mit Unterfeldern';
  if (typeof value === 'number') return `die Zahl ${value.toLocaleString('de-DE', { maximumFractionDigits: 20, useGrouping: false })}`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `der Text „${String(value)}“`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A value that can be quoted as written (not a list, a section or nothing). */
const isScalar = (value: unknown) => value !== null && value !== undefined && typeof value !== 'object';

/** „datum“ im 2. Eintrag von „beratungsfolge“ — the field as a user would find it, for mid-sentence use. */
export function describeField(pointer: string): string {
  const segments = pointerToSegments(pointer);
  if (segments.length === 0) return 'die Vorlage';
  const last = segments[segments.length - 1];
  const parentIndex = [...segments].reverse().findIndex((s) => typeof s === 'number');
  if (typeof last === 'number') {
    const list = segments[segments.length - 2];
    return `der ${last + 1}. Eintrag von „${String(list)}“`;
  }
  if (parentIndex > 0) {
    const idx = segments.length - 1 - parentIndex;
    const list = segments[idx - 1];
    return `„${last}“ im ${(segments[idx] as number) + 1}. Eintrag von „${String(list)}“`;
  }
  return `„${last}“`;
}

type Handler = (err: ErrorObject) => SchemaFinding;

/**
 * The keys the schema that raised the error defines (without „$schema“ and the like). A document's
 * required fields sit in a condition of its schema (a file with `basis` needs none of them), so there
 * they are the fields its `art` defines.
 */
function schemaKeys(err: ErrorObject): string[] {
  const own = err.parentSchema?.properties as object | undefined;
  if (own) return Object.keys(own).filter((k) => !k.startsWith('$'));
  if (err.instancePath !== '' || typeof err.data !== 'object' || err.data === null) return [];
  return fieldNames((err.data as { art?: unknown }).art, []);
}

/** „ im 1. Eintrag von „x““ / „ in „unterschrift““ / „“ for the document itself. */
function where(pointer: string): string {
  if (!pointer) return '';
  const described = describeField(pointer);
  return described.startsWith('der ') ? ` im ${described.slice(4)}` : ` in ${described}`;
}

/** The field an error is about, at the start of a sentence. */
const field = (err: ErrorObject) => capitalize(describeField(err.instancePath));

const FORMATS: Record<string, { code: string; problem: string; hint: string }> = {
  datum: {
    code: CODES.invalidDate,
    problem: 'ist kein gültiges Datum',
    hint: 'Erwartet wird JJJJ-MM-TT oder TT.MM.JJJJ, und den Tag muss es im Kalender geben.',
  },
  regex: {
    code: CODES.invalidPattern,
    problem: 'ist kein gültiger regulärer Ausdruck',
    hint: 'Prüfen Sie Klammern und Rückstriche, z. B. ^\\d{4}/\\d{4}$ für „2024/0039“.',
  },
};

const handlers: Record<string, Handler> = {
  required: (err) => {
    const missing = String(err.params.missingProperty);
    const known = schemaKeys(err);
    const misspelt = misspeltKeyFor(missing, err.data, known);
    if (misspelt !== undefined) return unknownKeyFinding(err.instancePath, misspelt, [...new Set([missing, ...known])]);
    return {
      code: CODES.required,
      message: `Das Pflichtfeld „${missing}“ fehlt${where(err.instancePath)}.`,
      hint: `Ergänzen Sie eine Zeile „${missing}: …“ auf dieser Ebene.`,
      inCell: { hint: `Tragen Sie den Wert in dieser Zeile ein (fehlt die Spalte „${columnHead(childPointer(err.instancePath, missing))}“, ergänzen Sie sie in der Kopfzeile), oder schreiben Sie „${missing}: …“ in die Vorlage, wenn er für alle gilt.` },
      path: childPointer(err.instancePath, missing),
      anchor: 'parent',
    };
  },
  additionalProperties: (err) => unknownKeyFinding(err.instancePath, String(err.params.additionalProperty), schemaKeys(err)),
  type: (err) => {
    const types = String(err.params.type).split(',');
    const message = (names: Record<string, string>) => `${field(err)} muss ${types.map((t) => names[t] ?? t).join(' oder ')} sein, ist aber ${typeOfValue(err.data)}.`;
    return {
      code: CODES.wrongType,
      message: message(TYPE_NAMES),
      hint: typeHint(types[0]!, err.data),
      inCell: { message: message(CELL_TYPE_NAMES), hint: err.data === null ? REMOVED_IN_CELL : CELL_TYPE_HINTS[types[0]!] },
      path: err.instancePath,
      anchor: 'value',
    };
  },
  format: (err) => {
    const format = FORMATS[String(err.params.format)] ?? FORMATS.datum!;
    return {
      code: format.code,
      message: `${field(err)} ${format.problem}: „${String(err.data)}“.`,
      hint: format.hint,
      path: err.instancePath,
      anchor: 'value',
    };
  },
  enum: (err) => {
    const values = (err.params.allowedValues as unknown[]).map(String);
    const allowed = values.map((v) => `„${v}“`);
    const suggestion = typeof err.data === 'string' ? nearestName(err.data, values) : undefined;
    const listed = `Erlaubt ${allowed.length === 1 ? 'ist' : 'sind'}: ${allowed.join(', ')}.`;
    // A list or a section where one word belongs: say what was written instead of quoting it.
    const key = pointerToSegments(err.instancePath).at(-1);
    const scalar = isScalar(err.data);
    return {
      code: CODES.notAllowedValue,
      message: scalar
        ? `${field(err)} hat den Wert „${String(err.data)}“, der hier nicht erlaubt ist.${suggestion ? ` Meinten Sie „${suggestion}“?` : ''}`
        : `${field(err)} ist ${typeOfValue(err.data)}; erwartet wird genau einer der erlaubten Werte.`,
      hint: scalar || typeof key !== 'string' ? listed : `${listed} Schreiben Sie ihn hinter den Feldnamen, z. B. „${key}: ${values[0]}“.`,
      path: err.instancePath,
      anchor: 'value',
    };
  },
  pattern: (err) => ({
    code: CODES.patternMismatch,
    message: `${field(err)} hat nicht die erwartete Form: „${String(err.data)}“.${meantIdentifier(String(err.params.pattern), err.data)}`,
    hint: `Erwartet wird ${PATTERN_WORDS[String(err.params.pattern)] ?? `das Muster ${String(err.params.pattern)}`}.`,
    path: err.instancePath,
    anchor: 'value',
  }),
  minLength: (err) => ({
    code: CODES.tooShort,
    message: `${field(err)} ist leer.`,
    hint: 'Tragen Sie einen Text ein oder lassen Sie das Feld ganz weg, wenn es nicht nötig ist.',
    path: err.instancePath,
    anchor: 'value',
  }),
  minItems: (err) => ({
    code: CODES.tooFew,
    message: `${field(err)} braucht mindestens ${Number(err.params.limit) === 1 ? 'einen Eintrag' : `${String(err.params.limit)} Einträge`}.`,
    hint: 'Fügen Sie Einträge als Zeilen mit „- “ hinzu.',
    path: err.instancePath,
    anchor: 'value',
  }),
  uniqueItems: (err) => ({
    code: CODES.notUnique,
    message: `${field(err)} enthält einen Eintrag doppelt (Nr. ${Number(err.params.j) + 1} und ${Number(err.params.i) + 1}).`,
    hint: 'Löschen Sie die Wiederholung.',
    path: err.instancePath,
    anchor: 'value',
  }),
  minimum: (err) => outOfRange(err, 'mindestens'),
  maximum: (err) => outOfRange(err, 'höchstens'),
};

/** A number as a German reader writes it: 999.999.999.999,99 (beyond a trillion in powers of ten: 1E308). */
const germanNumber = (value: unknown) =>
  typeof value !== 'number'
    ? String(value)
    : value.toLocaleString('de-DE', Math.abs(value) >= 1e15 ? { notation: 'scientific' } : { maximumFractionDigits: 2 });

function outOfRange(err: ErrorObject, word: string): SchemaFinding {
  return {
    code: CODES.outOfRange,
    message: `${field(err)} muss ${word} ${germanNumber(err.params.limit)} sein, ist aber ${germanNumber(err.data)}.`,
    path: err.instancePath,
    anchor: 'value',
  };
}

export function translateSchemaError(err: ErrorObject): SchemaFinding {
  const handler = handlers[err.keyword];
  if (handler) return handler(err);
  return {
    code: CODES.schemaOther,
    message: `${field(err)} entspricht nicht der Vorgabe (${err.keyword}).`,
    path: err.instancePath,
    anchor: 'value',
  };
}
