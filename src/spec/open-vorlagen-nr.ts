// The Vorlagen-Nr. of a draft whose number is not assigned yet: `new` writes this placeholder instead of
// a number that looks real. Validation reports it kindly (a warning, RV311), the document prints it as it
// is („Vorlage Nr. noch offen“), and the files are named after the spec's file, not after the placeholder.

export const OPEN_NR = 'noch offen';

export const isOpenNr = (value: unknown): boolean => typeof value === 'string' && value.trim().toLowerCase() === OPEN_NR;

/** The Vorlagen-Nr. that names a document's files, unless it is still open. */
export const assignedNr = (value: string | undefined): string | undefined => (isOpenNr(value) ? undefined : value);
