// What a batch's job stands for: a spec file, or one copy of several that a file lists. The key tells
// jobs apart (claims, the output folder's manifest); the label names the job in progress lines.
import { resolve } from 'node:path';
import type { CopyOf } from '../spec/load.js';

export interface JobSource {
  file: string;
  copy?: CopyOf;
}

/** The absolute path of the file, with „#3“ for the third copy it lists. */
export const sourceKey = ({ file, copy }: JobSource): string => resolve(file) + (copy ? `#${copy.index + 1}` : '');

/** The file a key stands for (a copy's key ends in „#n“). */
export const fileOfKey = (key: string): string => key.replace(/#\d+$/, '');

/** „sachstand.yaml [stadt-olfen]“ for a copy, else the file. */
export const sourceLabel = ({ file, copy }: JobSource): string => (copy ? `${file} [${copy.name}]` : file);
