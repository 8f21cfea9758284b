// A regular expression from a profile, tested with a time limit. A pattern such as ^(a+)+$ needs
// exponential time on some inputs; JavaScript cannot stop a running match, but a match inside a
// `vm` script can be given a timeout. One context serves all tests, so a test costs about 0.07 ms.
import { createContext, Script } from 'node:vm';

/** Longest time one test may take before it is given up. */
export const REGEX_TIME_LIMIT_MS = 250;

const context = createContext({ pattern: '', text: '' });
const test = new Script("new RegExp(pattern, 'u').test(text)");

/** Patterns that ran out of time once: not tried again, so a batch of specs pays the limit only once. */
const slow = new Set<string>();

/** Whether `text` matches `pattern`; undefined when the match took (or once took) longer than the time limit. */
export function matchesWithin(pattern: string, text: string, limitMs = REGEX_TIME_LIMIT_MS): boolean | undefined {
  if (slow.has(pattern)) return undefined;
  Object.assign(context, { pattern, text });
  try {
    return test.runInContext(context, { timeout: limitMs }) as boolean;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw err;
    slow.add(pattern);
    return undefined;
  }
}
