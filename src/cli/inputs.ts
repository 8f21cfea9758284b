// Expands the file and folder arguments into a sorted list of spec files.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const SPEC_FILE = /\.ya?ml$/i;

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      // Hidden files and shared bases („_gemeinsam.yaml“) are not documents of their own.
      .filter((e) => !e.name.startsWith('.') && !e.name.startsWith('_'))
      .map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : SPEC_FILE.test(e.name) ? [join(dir, e.name)] : [])),
  );
  return nested.flat();
}

/** Files stay as given (so a missing one is reported by name); folders become their YAML files. */
export async function expandInputs(args: readonly string[]): Promise<string[]> {
  const lists = await Promise.all(
    args.map(async (arg) => {
      const info = await stat(arg).catch(() => undefined);
      return info?.isDirectory() ? (await walk(arg)).sort() : [arg];
    }),
  );
  return lists.flat();
}
