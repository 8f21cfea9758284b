// The command line as a user runs it: the built CLI in a child process, its exit code and both outputs.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export const BIN = 'dist/src/cli/bin.js';

export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
