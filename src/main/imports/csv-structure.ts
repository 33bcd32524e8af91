import { columnLetter } from '../../shared/imports/headers';
import { fileProblem, fileProblems } from './file-problem';

/**
 * The longest value a cell may hold (the longest customer field is 2,000 characters). Checked
 * on the bytes before the parser sees them, so a line of any length costs this much memory at
 * most: a missing quote or a file that is one huge line is refused, not swallowed.
 */
export const maxFieldBytes = 64 * 1024;

const quote = 0x22;
const lf = 0x0a;
const cr = 0x0d;
const hash = 0x23;
const space = 0x20;
const tab = 0x09;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted value: the closing one, or the first of two (an escaped quote). */
  QuoteInQuoted,
  /** After the closing quote: only spaces may come before the separator. */
  AfterQuote,
  Comment,
}

/**
 * Checks a CSV file's structure byte by byte as it streams, the way papaparse reads it (a quote
 * opens a value only at its start, `""` is a quote inside one, lines starting with # are notes,
 * blank rows are skipped): every quote closed, no text after a closing quote, no value past
 * `maxFieldBytes`, no row with a value beyond the header's columns. The separators, quotes and
 * line breaks are ASCII, the same bytes in UTF-8 and Windows-1252. Throws the first problem,
 * naming the line.
 */
export class CsvStructure {
  private state = State.FieldStart;
  private line = 1;
  private afterCr = false;
  private recordOpen = false;
  private recordLine = 1;
  private quoteLine = 1;
  private field = 0;
  private fieldBytes = 0;
  private fieldHasValue = false;
  private lastValueField = -1;
  private readonly delimiter: number;
  /** Rows with a value, the header included. */
  records = 0;

  /** `headerWidth` null: the header is not known yet (reading the start of a file). */
  constructor(
    delimiter: string,
    private readonly headerWidth: number | null,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  get dataRows(): number {
    return Math.max(0, this.records - 1);
  }

  push(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) {
      if (this.state === State.Unquoted) i = this.skipPlain(bytes, i);
      if (i === bytes.length) break;
      const byte = bytes[i] as number;
      const lineBreak = byte === lf || byte === cr;
      if (byte === cr || (byte === lf && !this.afterCr)) this.line++;
      this.afterCr = byte === cr;
      switch (this.state) {
        case State.Quoted:
          if (byte === quote) this.state = State.QuoteInQuoted;
          else this.grow();
          continue;
        case State.QuoteInQuoted:
          if (byte === quote) {
            this.state = State.Quoted;
            this.grow();
            continue;
          }
          this.state = State.AfterQuote;
          break;
        case State.Comment:
          if (lineBreak) this.state = State.FieldStart;
          continue;
        default:
          break;
      }
      if (byte === this.delimiter || lineBreak) {
        this.endField();
        if (lineBreak) this.endRecord();
        this.state = State.FieldStart;
      } else if (this.state === State.AfterQuote) {
        if (byte !== space && byte !== tab) throw this.textAfterQuote();
      } else if (this.state === State.FieldStart && byte === hash && !this.recordOpen) {
        this.state = State.Comment;
      } else {
        this.openRecord();
        if (this.state === State.FieldStart && byte === quote) {
          this.state = State.Quoted;
          this.quoteLine = this.line;
          this.fieldHasValue = true;
        } else {
          this.state = State.Unquoted;
          this.grow();
          if (byte !== space && byte !== tab) this.fieldHasValue = true;
        }
      }
    }
  }

  /** The end of the file: throws if a quote is still open, the file has no header or no row. */
  end(): { dataRows: number } {
    if (this.state === State.Quoted) {
      throw fileProblem(
        `Line ${this.quoteLine}: a quote opens a value there and is never closed, so the rest of the file would be read as one value`,
      );
    }
    this.endField();
    this.endRecord();
    if (this.records === 0) throw fileProblems.empty();
    if (this.records === 1) throw fileProblems.headerOnly();
    return { dataRows: this.dataRows };
  }

  /**
   * Most bytes are the plain text of unquoted values: passed over in a tight loop up to the next
   * separator or line break (nothing else matters there), counted against the cap.
   */
  private skipPlain(bytes: Uint8Array, from: number): number {
    const delimiter = this.delimiter;
    let hasValue = this.fieldHasValue;
    let i = from;
    for (; i < bytes.length; i++) {
      const byte = bytes[i] as number;
      if (byte === delimiter || byte === lf || byte === cr) break;
      hasValue ||= byte !== space && byte !== tab;
    }
    this.fieldHasValue = hasValue;
    this.fieldBytes += i - from;
    if (this.fieldBytes > maxFieldBytes) this.grow();
    // The line-break bookkeeping of the bytes passed over: none of them was one.
    if (i > from) this.afterCr = false;
    return i;
  }

  private openRecord() {
    if (this.recordOpen) return;
    this.recordOpen = true;
    this.recordLine = this.line;
  }

  private grow() {
    if (++this.fieldBytes <= maxFieldBytes) return;
    const size = `${maxFieldBytes / 1024} KB`;
    throw fileProblem(
      this.state === State.Quoted
        ? `Line ${this.quoteLine}: the quoted value that opens there is longer than ${size}, so its closing quote is probably missing`
        : `Line ${this.line}: the value in column ${columnLetter(this.field + 1)} is longer than ${size}, the most a cell may hold`,
    );
  }

  private textAfterQuote() {
    const opened = this.quoteLine === this.line ? '' : ` (its opening quote is on line ${this.quoteLine})`;
    return fileProblem(
      `Line ${this.line}: text follows the closing quote of a value in column ${columnLetter(this.field + 1)}${opened}; a quote inside a quoted value is written twice ("")`,
    );
  }

  private endField() {
    if (this.fieldHasValue) this.lastValueField = this.field;
    this.field++;
    this.fieldBytes = 0;
    this.fieldHasValue = false;
  }

  private endRecord() {
    const hasValue = this.lastValueField >= 0;
    const width = this.lastValueField + 1;
    this.field = 0;
    this.lastValueField = -1;
    if (!this.recordOpen) return;
    this.recordOpen = false;
    if (!hasValue) return;
    this.records++;
    if (this.headerWidth !== null && this.records > 1 && width > this.headerWidth) {
      throw fileProblems.widerRow(this.records, ` (line ${this.recordLine})`, width, this.headerWidth);
    }
  }
}
