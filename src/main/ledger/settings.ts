import { ApiError } from '../../shared/errors';
import { currencyOf, maxBaseCurrencyDigits } from '../../shared/money/currencies';
import type { ReadableDB, WritableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';

/** The base currency of a desk that never chose one. */
export const defaultBaseCurrency = 'USD';

export function baseCurrency(db: ReadableDB): string {
  const row = sqliteOf(db).$client.prepare(`SELECT value FROM settings WHERE key = 'base_currency'`).get() as
    { value: string } | undefined;
  return row?.value ?? defaultBaseCurrency;
}

/** Once an entry is written its amount is in the base currency of the day: it stays. */
export function baseCurrencyFixed(db: ReadableDB): boolean {
  return sqliteOf(db).$client.prepare('SELECT 1 FROM ledger_entries LIMIT 1').get() !== undefined;
}

export function setBaseCurrency(tx: WritableDB, currency: string): void {
  const found = currencyOf(currency);
  if (!found) throw new ApiError('VALIDATION', 'Unknown currency code', { currency: 'Unknown currency code' });
  if (found.digits > maxBaseCurrencyDigits) {
    const message = `A base currency has at most ${maxBaseCurrencyDigits} decimals (${currency} has ${found.digits})`;
    throw new ApiError('VALIDATION', message, { currency: message });
  }
  if (baseCurrency(tx) !== currency && baseCurrencyFixed(tx)) {
    const message = 'The ledger already holds amounts in the current base currency';
    throw new ApiError('CONFLICT', message, { currency: message });
  }
  sqliteOf(tx)
    .$client.prepare(
      `INSERT INTO settings (key, value) VALUES ('base_currency', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    )
    .run(currency);
}
