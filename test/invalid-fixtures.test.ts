// Each invalid fixture yields exactly its expected diagnostics: code, severity, line and column.
// The fixtures use the test-only profile in test/fixtures/kommunen (Gemeinde Testhausen).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateFile } from '../src/index.js';

const DIR = 'test/fixtures/invalid';
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

beforeAll(() => {
  process.env.RATSVORLAGE_KOMMUNEN = 'test/fixtures/kommunen';
});

describe('invalid fixtures', () => {
  it('has at least 25 of them', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(FIXTURES)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, name.replace(/\.yaml$/, '.erwartet.json')), 'utf8'));
    const diagnostics = await validateFile(join(DIR, name));
    // Each expected entry names what must hold (code, severity, line, column; sometimes the message).
    expect(diagnostics).toEqual(expected.map((entry: object) => expect.objectContaining(entry)));
    for (const d of diagnostics) {
      expect(d.file).toBe(join(DIR, name));
      expect(d.message.length).toBeGreaterThan(10);
    }
  });
});
