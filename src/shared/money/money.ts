import { z } from 'zod';
import { text } from '../text';
import { currencyOf, isCurrencyCode } from './currencies';

/**
 * Money everywhere in the contract: integer minor units, written as a decimal string so that 18
 * digits of ETH (wei) survive JSON exactly, with the currency's code. Never a float.
 */
const wholeNumber = /^-?(0|[1-9]\d{0,37})$/;
export const minorUnits = text({ error: 'Amount is a whole number of minor units' }).regex(wholeNumber, {
  error: 'Amount is a whole number of minor units',
});

export const currencyCode = text({ error: 'Currency is required' }).refine(isCurrencyCode, {
  error: 'Unknown currency code',
});

export const money = z.object({ amount: minorUnits, currency: currencyCode });
export type Money = z.output<typeof money>;

/** An amount a person asks for: above zero. */
export const positiveMoney = money.refine((value) => wholeNumber.test(value.amount) && BigInt(value.amount) > 0n, {
  error: 'Amount must be above zero',
  path: ['amount'],
});

/** A rate or other exact decimal ("0.00001532"), never a float. */
export const decimal = text({ error: 'Enter a decimal number' }).regex(/^\d{1,20}(\.\d{1,20})?$/, {
  error: 'Enter a decimal number such as 1.25',
});

function digitsOf(currency: string): number {
  const found = currencyOf(currency);
  if (!found) throw new Error(`Unknown currency ${currency}`);
  return found.digits;
}

/** "1234.50" for 123450 minor units of a 2-digit currency: the exact decimal, no grouping. */
export function majorText(amount: string | bigint, currency: string): string {
  const digits = digitsOf(currency);
  const value = BigInt(amount);
  const sign = value < 0n ? '-' : '';
  const whole = (value < 0n ? -value : value).toString().padStart(digits + 1, '0');
  return digits === 0 ? sign + whole : `${sign}${whole.slice(0, -digits)}.${whole.slice(-digits)}`;
}

/**
 * What a person typed ("1 234,5", "1,234.50", "0.00012") as minor units of the currency, or why
 * not. The last "." or "," is the decimal point; spaces, apostrophes and other separators group.
 * `decimalPoint`, when the caller knows it (a file's convention), says which of the two it is:
 * "0,001" or "1,500" is then read with it, not guessed to be grouping.
 */
export function parseMajor(
  input: string,
  currency: string,
  decimalPoint?: '.' | ',',
): { amount: string } | { error: string } {
  const digits = digitsOf(currency);
  const compact = input.trim().replace(/[\s\u00A0\u202F']/g, '');
  if (!/^\d[\d.,]*$/.test(compact) && !/^[.,]\d+$/.test(compact)) return { error: 'Enter an amount such as 12.50' };
  const point = decimalPoint
    ? compact.lastIndexOf(decimalPoint)
    : Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  // "1,234" and "1.234.567" are thousands when the currency has no 3-digit minor unit to give them.
  const groupedOnly =
    !decimalPoint && point >= 0 && digits !== 3 && /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(compact);
  const hasFraction = point >= 0 && !groupedOnly;
  const wholeText = hasFraction ? compact.slice(0, point) : compact;
  const fraction = hasFraction ? compact.slice(point + 1) : '';
  // Grouping in the whole part: threes, one separator throughout, not the decimal point's.
  const other = hasFraction ? (compact[point] === '.' ? ',' : '.') : '[.,]';
  const grouping = new RegExp(`^\\d{1,3}(?:(${other})\\d{3})(?:\\1\\d{3})*$`);
  if (/[.,]/.test(wholeText) && !grouping.test(wholeText)) return { error: 'Enter an amount such as 12.50' };
  const whole = wholeText.replace(/[.,]/g, '') || '0';
  if (fraction.length > digits) {
    return { error: digits === 0 ? `${currency} has no decimals` : `${currency} has at most ${digits} decimals` };
  }
  const amount = BigInt(whole + fraction.padEnd(digits, '0')).toString();
  return amount.length > 38 ? { error: 'Amount is too large' } : { amount };
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, locale: string | undefined): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const { digits, crypto } = currencyOf(currency) ?? { digits: 2, crypto: true };
    // Intl knows ISO codes only; a crypto asset is a plain number with its own digits.
    formatter = crypto
      ? new Intl.NumberFormat(locale, { minimumFractionDigits: Math.min(digits, 2), maximumFractionDigits: digits })
      : new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * "$1,234.50", "0.00012 BTC": formatted by Intl.NumberFormat from the exact decimal string (Intl
 * formats strings without passing through a float).
 */
export function formatMoney(value: Money, locale?: string): string {
  const text = majorText(value.amount, value.currency) as Intl.StringNumericLiteral;
  const formatted = formatterFor(value.currency, locale).format(text);
  return currencyOf(value.currency)?.crypto === false ? formatted : `${formatted} ${value.currency}`;
}

/** A decimal string as a fraction: "0.0125" is 125 / 10^4. */
function fractionOf(rate: string): { numerator: bigint; scale: bigint } {
  const [whole = '0', fraction = ''] = rate.split('.');
  return { numerator: BigInt(whole + fraction), scale: 10n ** BigInt(fraction.length) };
}

/**
 * An amount converted at a rate (units of `to` per one unit of `from`), rounded down to a minor
 * unit of `to`: a credit computed from it is never more than was earned.
 */
export function convert(amount: Money, rate: string, to: string): Money {
  const { numerator, scale } = fractionOf(rate);
  const scaled = BigInt(amount.amount) * numerator * 10n ** BigInt(digitsOf(to));
  const divisor = scale * 10n ** BigInt(digitsOf(amount.currency));
  return { amount: (scaled / divisor).toString(), currency: to };
}

/** A share in hundredths of a percent (1234 is 12.34 %) of an amount, rounded down to a minor unit. */
export function shareOf(amount: Money, hundredths: number): Money {
  return { amount: ((BigInt(amount.amount) * BigInt(hundredths)) / 10_000n).toString(), currency: amount.currency };
}
