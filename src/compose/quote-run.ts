// The straight quotes of one paragraph, set in reading order across its inlines: whether a quote opens or
// closes depends on what stands before it, and that may be the end of the bold, italic or linked words
// before the quote's own text („"Die **Kita**" ist“ closes after „Kita“). Words in another language take
// that language's quotes, or keep straight ones where its quotes are not known.
import { GERMAN_QUOTES, QuoteSetter, type QuoteMarks } from './quotes.js';

export class QuoteRun {
  /** The text read last in this paragraph (its last character is what precedes the next text). */
  private before = '';
  private setter: QuoteSetter | undefined = new QuoteSetter(GERMAN_QUOTES);

  /** A text of the paragraph with its quotes set. */
  text(value: string): string {
    const set = this.setter ? this.setter.set(value, this.before) : value;
    this.pass(set);
    return set;
  }

  /** Text shown as written (a code span, a footnote number, a line break) that precedes what follows. */
  pass(value: string): void {
    if (value) this.before = value;
  }

  /** Converts words in another language with its quotes (none: the straight ones stay), which open and close among themselves. */
  within<T>(marks: QuoteMarks | undefined, convert: () => T): T {
    const outer = this.setter;
    this.setter = marks && new QuoteSetter(marks);
    try {
      return convert();
    } finally {
      this.setter = outer;
    }
  }
}
