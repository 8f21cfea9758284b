// Exit codes and the error for wrong usage.

export const EXIT = { ok: 0, invalidInput: 1, usage: 2, internal: 3 } as const;

/** The user called the command wrongly (unknown option, missing file argument). */
export class UsageError extends Error {
  override name = 'UsageError';
}
