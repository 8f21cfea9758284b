// File names from user values (Vorlagen-Nr, file names) that never create folders or leave out/.
import { basename, extname } from 'node:path';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
const UNSAFE = /[\u0000-\u001f\u007f/\\:*?"<>|]+/g;
const MAX_LENGTH = 100;
// File systems allow 255 bytes per name; the extension and a temporary file's suffix need the rest.
const MAX_BYTES = 200;

/** "2022/0062" → "2022-0062"; "../../x" → "x"; "CON" → "_CON"; never empty, at most 100 characters and 200 bytes. */
export function safeFileName(value: string): string {
  let name = value
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '');
  const characters = [...name].slice(0, MAX_LENGTH);
  while (Buffer.byteLength(characters.join('')) > MAX_BYTES) characters.pop();
  name = characters.join('').replace(/[\s.]+$/, '');
  if (name === '') return 'vorlage';
  return WINDOWS_RESERVED.test(name) ? `_${name}` : name;
}

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss' };

/** „Familienzentrum Am Rosenhügel (Beispiel)“ → „familienzentrum-am-rosenhuegel-beispiel“ (at most 60 characters). */
export function slug(value: string, maxLength = 60): string {
  return value
    .replace(/[äöüßÄÖÜẞ]/g, (ch) => TRANSLITERATION[ch]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** „vorlagen/kooperation.yaml“ → „kooperation“. */
export const fileStem = (file: string) => basename(file, extname(file));

/** One document's file name without extension: the base, and for one copy of several its suffix („kooperation-verein-a“). */
export function documentFileName(base: string, suffix?: string): string {
  return safeFileName(suffix ? `${base}-${slug(suffix)}` : base);
}
