import type { z } from 'zod';
import type { ActivityColumn } from '../../../shared/activity/columns';
import type { ImportMapping } from '../../../shared/imports/mapping';
import { cellText } from '../../../shared/imports/normalise';
import { readAmount, readChoice, readCurrency, readDateTime, readDecimal, type Read } from './cell-values';

/** A problem of one value of a row: the column's key and what is wrong. */
export interface Issue {
  key: string;
  message: string;
}

/** Who a row is about, as the file names them (normalised as the customers table stores them). */
export interface CustomerKey {
  email: string | null;
  referenceId: string | null;
}

/** What reading a row needs beside its cells. */
export interface ReadContext {
  values: ImportMapping['values'];
  /** The file writes "1,5" for one and a half (a semicolon-separated CSV, as a German Excel saves it). */
  decimalComma: boolean;
  baseCurrency: string;
}

/**
 * A row's cells read column by column against its table: each reader answers the value or notes
 * the column's problem, so a row's every problem is reported at once.
 */
export class RowCells<K extends string> {
  readonly issues: Issue[] = [];

  constructor(
    private readonly table: Record<K, ActivityColumn>,
    private readonly cells: Record<string, string>,
    private readonly context: ReadContext,
  ) {}

  /** The cell's text as looked up (trimmed, an export's formula guard taken off); '' when absent. */
  text(key: K): string {
    return cellText(this.cells[key] ?? '');
  }

  /** The cell's text, or a problem when a required column is empty; null when optional and empty. */
  private given(key: K): string | null {
    const text = this.text(key);
    if (text) return text;
    if (this.table[key].required) this.issues.push({ key, message: `${this.table[key].label} is required` });
    return null;
  }

  private take<T>(key: K, read: Read<T>): T | null {
    if ('error' in read) {
      this.issues.push({ key, message: read.error });
      return null;
    }
    return read.value;
  }

  fail(key: K, message: string): null {
    this.issues.push({ key, message });
    return null;
  }

  plain(key: K, max: number): string | null {
    const text = this.given(key);
    if (text === null) return null;
    return text.length > max ? this.fail(key, `${this.table[key].label} is longer than ${max} characters`) : text;
  }

  /** The cell read by one of the contract's schemas, with its messages; null when optional and empty. */
  parsed<T>(key: K, schema: z.ZodType<T>): T | null {
    const text = this.given(key);
    if (text === null) return null;
    const result = schema.safeParse(text);
    return result.success ? result.data : this.fail(key, result.error.issues[0]?.message ?? 'This value is not valid');
  }

  currency(key: K): string | null {
    const text = this.given(key);
    return text === null ? null : this.take(key, readCurrency(text));
  }

  /** An amount in `currency` (null when the currency itself could not be read: that is its own problem). */
  amount(key: K, currency: string | null): bigint | null {
    const text = this.given(key);
    if (text === null || currency === null) return null;
    return this.take(key, readAmount(text, currency, this.context.decimalComma));
  }

  decimal(key: K): string | null {
    const text = this.given(key);
    return text === null ? null : this.take(key, readDecimal(text));
  }

  dateTime(key: K): string | null {
    const text = this.given(key);
    return text === null ? null : this.take(key, readDateTime(text));
  }

  choice(key: K): string | null {
    const text = this.given(key);
    const options = this.table[key].options;
    if (text === null || !options) return null;
    return this.take(key, readChoice(text, options, this.context.values[key]));
  }

  /** The customer columns, normalised as stored: emails trimmed and in lower case. */
  customer(emailKey: K, referenceKey: K): CustomerKey {
    const email = this.text(emailKey).toLowerCase() || null;
    const referenceId = this.text(referenceKey) || null;
    if (!email && !referenceId) {
      this.fail(emailKey, `Give the customer's email or reference ID`);
    }
    return { email, referenceId };
  }
}
