import { currencyOf } from '../../shared/money/currencies';

/** What one unit of each traded currency was worth in USD, roughly: sample rates, not a feed. */
export const usdValue: Record<string, number> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  RUB: 0.011,
  UAH: 0.024,
  TRY: 0.029,
  KZT: 0.0021,
  PLN: 0.25,
  BTC: 67_000,
  ETH: 3_500,
  USDT: 1,
  USDC: 1,
  LTC: 80,
  TRX: 0.12,
  XRP: 0.55,
  SOL: 150,
};

/** How often each currency is on one side of an exchange. */
export const traded: readonly [string, number][] = [
  ['USDT', 30],
  ['BTC', 18],
  ['EUR', 10],
  ['ETH', 9],
  ['USD', 8],
  ['RUB', 6],
  ['UAH', 4],
  ['USDC', 4],
  ['TRX', 3],
  ['LTC', 2],
  ['GBP', 2],
  ['TRY', 1],
  ['KZT', 1],
  ['PLN', 1],
  ['XRP', 1],
  ['SOL', 1],
];

/** `usd` US dollars of a currency, in its minor units (no float digits past the sixth). */
export function minorOfUsd(usd: number, currency: string): string {
  const digits = currencyOf(currency)?.digits ?? 2;
  const major = usd / (usdValue[currency] ?? 1);
  const kept = Math.min(digits, 6);
  return (BigInt(Math.max(1, Math.round(major * 10 ** kept))) * 10n ** BigInt(digits - kept)).toString();
}
