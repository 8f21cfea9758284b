// Straight quotes and apostrophes as a keyboard types them, set as a language's typographic marks, the way
// Word does while one types: "…" → „…“, '…' → ‚…‘, geht's → geht’s. Whether a straight quote opens or
// closes depends on what stands before it (for a single quote also after it) and on the quotes still open
// in the paragraph, so one QuoteSetter reads a whole paragraph in order, across its bold or linked words.

const NBSP = '\u00a0';
const APOSTROPHE = '\u2019';

export interface QuotePair {
  open: string;
  close: string;
}

/** How a language sets a quotation ("…") and a quote in a quote or a so-called term ('…'). */
export interface QuoteMarks {
  double: QuotePair;
  single: QuotePair;
}

export const GERMAN_QUOTES: QuoteMarks = {
  double: { open: '\u201e', close: '\u201c' },
  single: { open: '\u201a', close: '\u2018' },
};

type Straight = '"' | "'";

// A quote opens where a word may start: at the start, after a space, a bracket, a slash or a dash, or
// after an opening quote (a quote in a quote).
const WORD_MAY_START = /^$|[\s([{/\u2013\u2014-]/u;
// What may follow a closing quote: the end, a space or punctuation.
const WORD_HAS_ENDED = /^$|[\s.,;:!?)\]}/\u2013\u2014-]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// An apostrophe at the start of a word: 's, 'n, 'ne, 'nen, 'rein, 'raus, 'rum, '90er, rock 'n' roll.
const ELISION = /^(?:\p{N}|(?:s|n|ne|nem|nen|ner|nes|ran|rauf|raus|rein|rüber|rum|runter|naus|nein)(?!\p{L}))/u;

export class QuoteSetter {
  private readonly depth: Record<Straight, number> = { '"': 0, "'": 0 };

  constructor(private readonly marks: QuoteMarks) {}

  /**
   * A text of the paragraph with its straight quotes set. `before` is what precedes it in the paragraph
   * (the bold or linked words before it, say): its last character decides a quote at the text's start.
   */
  set(text: string, before = ''): string {
    if (!/["']/.test(text)) return text;
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (char !== '"' && char !== "'") {
        out += char;
        continue;
      }
      const mark = this.markFor(char, (out || before).slice(-1), text.slice(i + 1));
      // French sets a no-break space inside its guillemets: a space typed there is not set twice.
      out = mark.startsWith(NBSP) ? out.replace(/ +$/, '') + mark : out + mark;
      if (mark.endsWith(NBSP)) while (text[i + 1] === ' ') i++;
    }
    return out;
  }

  private markFor(quote: Straight, previous: string, after: string): string {
    const next = after.slice(0, 1);
    const pair = quote === '"' ? this.marks.double : this.marks.single;
    const atWordStart = WORD_MAY_START.test(previous) || this.opens(previous);
    if (quote === "'") {
      if (LETTER_OR_DIGIT.test(previous) && LETTER_OR_DIGIT.test(next)) return APOSTROPHE;
      if (atWordStart && ELISION.test(after)) return APOSTROPHE;
      if (!atWordStart && this.depth["'"] === 0) return APOSTROPHE; // Hans' Buch
    }
    // An opening-place quote closes what is open when nothing follows it: „le " bien "“ as French writes it.
    if (atWordStart && !(this.depth[quote] > 0 && WORD_HAS_ENDED.test(next))) {
      this.depth[quote]++;
      return pair.open;
    }
    this.depth[quote] = Math.max(0, this.depth[quote] - 1);
    return pair.close;
  }

  private opens(previous: string): boolean {
    return previous !== '' && [this.marks.double.open, this.marks.single.open].some((open) => open.trim() === previous);
  }
}

/** "Kein Kind zurücklassen!" → „Kein Kind zurücklassen!“ (a text on its own, such as a title). */
export function germanQuotes(text: string): string {
  return new QuoteSetter(GERMAN_QUOTES).set(text);
}
