import { exchangeColumns, type ExchangeColumnKey } from '../../../shared/activity/columns';
import type { ExchangeStatus } from '../../../shared/exchanges/statuses';
import { convert, majorText, type Money } from '../../../shared/money/money';
import { currencyOf } from '../../../shared/money/currencies';
import type { NewExchange } from '../../exchanges/insert';
import { RowCells, type CustomerKey, type Issue, type ReadContext } from './row-cells';

export type ExchangeRowValue = Omit<NewExchange, 'customerId'>;
export type ReadRow<T> = { customer: CustomerKey } & ({ value: T } | { issues: Issue[] });

/** References as the desk searches them: capitals, digits and - _ . / (40 at most). */
const referenceShape = /^[A-Z0-9][A-Z0-9_./-]{0,39}$/;
const rateDigits = 20;

/**
 * The rate at which `profit` is worth `inBase`, to 20 decimals and rounded up, so that the
 * ledger's conversion (which rounds down) gives exactly `inBase` back; null when no such rate fits.
 */
export function rateFor(profit: Money, inBase: Money): string | null {
  const profitMinor = BigInt(profit.amount);
  if (profitMinor === 0n) return inBase.amount === '0' ? '0' : null;
  const from = 10n ** BigInt(currencyOf(profit.currency)?.digits ?? 0);
  const to = 10n ** BigInt(currencyOf(inBase.currency)?.digits ?? 0);
  const numerator = BigInt(inBase.amount) * from * 10n ** BigInt(rateDigits);
  const denominator = profitMinor * to;
  const scaled = (numerator + denominator - 1n) / denominator;
  const text = scaled.toString().padStart(rateDigits + 1, '0');
  const whole = text.slice(0, -rateDigits);
  const fraction = text.slice(-rateDigits).replace(/0+$/, '');
  const rate = fraction ? `${whole}.${fraction}` : whole;
  if (whole.length > rateDigits) return null;
  return convert(profit, rate, inBase.currency).amount === inBase.amount ? rate : null;
}

/** One row of an exchange file read into the exchange it reports, or every problem it has. */
export function readExchangeRow(cells: Record<string, string>, context: ReadContext): ReadRow<ExchangeRowValue> {
  const row = new RowCells<ExchangeColumnKey>(exchangeColumns, cells, context);
  const customer = row.customer('customerEmail', 'customerReferenceId');
  const referenceText = row.plain('reference', 40)?.toUpperCase() ?? null;
  const reference =
    referenceText === null || referenceShape.test(referenceText)
      ? referenceText
      : row.fail('reference', 'A reference has letters, digits and - _ . / only');
  const createdAt = row.dateTime('createdAt');
  const sentCurrency = row.currency('sentCurrency');
  const receivedCurrency = row.currency('receivedCurrency');
  const sent = row.amount('sentAmount', sentCurrency);
  const received = row.amount('receivedAmount', receivedCurrency);
  const rate = row.decimal('rate');
  const fee = row.amount('fee', sentCurrency) ?? 0n;
  const profitCurrency = row.text('profitCurrency') ? row.currency('profitCurrency') : sentCurrency;
  const profit = row.amount('profit', profitCurrency) ?? 0n;
  const givenRate = row.decimal('profitBaseRate');
  const inBase = row.amount('profitInBase', context.baseCurrency);
  const status = row.choice('status') as ExchangeStatus | null;
  const receivingAccount = row.plain('receivingAccount', 200) ?? '';
  for (const [key, amount] of [
    ['sentAmount', sent],
    ['receivedAmount', received],
  ] as const) {
    if (amount !== null && amount <= 0n) row.fail(key, `${exchangeColumns[key].label} must be above zero`);
  }
  if (fee < 0n) row.fail('fee', 'Fee cannot be below zero');
  if (profit < 0n) row.fail('profit', 'Profit cannot be below zero');

  let profitBaseRate = givenRate;
  if (profitCurrency !== null) {
    const profitMoney = { amount: profit.toString(), currency: profitCurrency };
    const base = context.baseCurrency;
    if (inBase !== null) {
      const inBaseMoney = { amount: inBase.toString(), currency: base };
      if (givenRate !== null) {
        const converted = convert(profitMoney, givenRate, base).amount;
        if (converted !== inBaseMoney.amount) {
          row.fail(
            'profitInBase',
            `Profit × profit base rate is ${majorText(converted, base)} ${base}, not ${majorText(inBase, base)}`,
          );
        }
      } else {
        profitBaseRate = rateFor(profitMoney, inBaseMoney) ?? row.fail('profitInBase', 'No rate gives this value');
      }
    } else if (givenRate === null) {
      if (profitCurrency === base) profitBaseRate = '1';
      else if (profit === 0n) profitBaseRate = '0';
      else {
        row.fail('profitBaseRate', `Give the profit base rate or the profit in ${base}: the ledger is kept in ${base}`);
      }
    }
  }

  if (row.issues.length > 0) return { customer, issues: row.issues };
  const money = (amount: bigint | null, currency: string | null): Money => ({
    amount: String(amount),
    currency: currency as string,
  });
  return {
    customer,
    value: {
      reference: reference as string,
      createdAt: createdAt as string,
      sent: money(sent, sentCurrency),
      received: money(received, receivedCurrency),
      rate: rate as string,
      fee: money(fee, sentCurrency),
      profit: money(profit, profitCurrency),
      profitBaseRate: profitBaseRate as string,
      receivingAccount,
      status: status as ExchangeStatus,
    },
  };
}
