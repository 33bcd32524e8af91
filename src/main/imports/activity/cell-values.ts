import type { ChoiceOptions } from '../../../shared/activity/columns';
import { parseMajor } from '../../../shared/money/money';
import { currencyOf } from '../../../shared/money/currencies';

/** A cell read into a value, or what is wrong with it in words a person can act on. */
export type Read<T> = { value: T } | { error: string };

/** "1.07E-05" as "0.0000107": what a spreadsheet writes for small numbers, made exact text again. */
export function withoutExponent(text: string): string {
  const match = /^(\d+)(?:[.,](\d+))?e([+-]?\d{1,3})$/i.exec(text);
  if (!match) return text;
  const [, whole = '', fraction = '', power = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(power);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

const spaces = /[\s\u00A0\u202F']/g;

/**
 * A major-unit amount as the file writes it ("1 234,50", "0,00012", "1.07E-05") in minor units.
 * `decimalComma`: the file's convention, for the one shape that is ambiguous ("1,500"); a
 * leading "0," is a decimal point whatever the file ("0,001" BTC is never one thousandth grouped).
 */
export function readAmount(text: string, currency: string, decimalComma: boolean): Read<bigint> {
  const compact = withoutExponent(text.replace(spaces, ''));
  const negative = /^[-\u2212]/.test(compact);
  const unsigned = negative ? compact.slice(1) : compact;
  const ambiguous = /^(\d{1,3})([.,])\d{3}$/.exec(unsigned);
  const point = ambiguous ? (ambiguous[1] === '0' ? (ambiguous[2] as '.' | ',') : decimalComma ? ',' : '.') : undefined;
  const parsed = parseMajor(unsigned, currency, point);
  if ('error' in parsed) return parsed;
  const minor = BigInt(parsed.amount);
  return { value: negative ? -minor : minor };
}

export function readCurrency(text: string): Read<string> {
  const code = text.trim().toUpperCase();
  return currencyOf(code) ? { value: code } : { error: `"${text.trim()}" is not a currency this desk knows` };
}

/** A rate ("0,0000107", "1.07E-05", "1.08") as the exact decimal the store keeps. */
export function readDecimal(text: string): Read<string> {
  const compact = withoutExponent(text.replace(spaces, ''));
  const point = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  const whole = point < 0 ? compact : compact.slice(0, point);
  const fraction = point < 0 ? '' : compact.slice(point + 1).replace(/0+$/, '');
  if (!/^\d{1,20}$/.test(whole || '0') || !/^\d{0,20}$/.test(fraction)) {
    return { error: 'Enter a decimal number such as 1.25 (at most 20 decimals)' };
  }
  const value = `${BigInt(whole || '0')}${fraction ? `.${fraction}` : ''}`;
  return { value };
}

const isoDateTime =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A moment as files write it: ISO 8601 (a time zone or UTC), or day first as European
 * spreadsheets do ("02.11.2026 10:00", "2/11/2026"), read as UTC. Answers the ISO text the store keeps.
 */
export function readDateTime(text: string): Read<string> {
  const trimmed = text.trim();
  const iso = isoDateTime.exec(trimmed);
  const parts = iso
    ? { year: iso[1], month: iso[2], day: iso[3], hour: iso[4], minute: iso[5], second: iso[6], zone: iso[8] }
    : (() => {
        const dmy = dayFirst.exec(trimmed);
        return dmy && { year: dmy[3], month: dmy[2], day: dmy[1], hour: dmy[4], minute: dmy[5], second: dmy[6] };
      })();
  const fraction = iso?.[7] ?? '';
  if (!parts) return { error: 'Enter a date and time such as 2026-11-02 10:00 or 02.11.2026 10:00' };
  const [year, month, day, hour, minute, second] = [
    parts.year,
    parts.month,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  ].map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const date = new Date(utc);
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1 || hour > 23 || second > 59) {
    return { error: `${trimmed} is not a real date and time` };
  }
  const zone = 'zone' in parts ? parts.zone : undefined;
  const offset = zone && zone.toUpperCase() !== 'Z' ? zoneMinutes(zone) : 0;
  return { value: new Date(utc - offset * 60_000).toISOString() };
}

function zoneMinutes(zone: string): number {
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone) as unknown as [string, string, string, string];
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/** One of a column's choices, by its key, label or a word files use; `mapped`: the user's value mapping. */
export function readChoice(text: string, options: ChoiceOptions, mapped: Record<string, string> = {}): Read<string> {
  const trimmed = text.trim();
  const value = mapped[trimmed] ?? options.aliases[trimmed.toLowerCase()];
  if (value && options.values.includes(value)) return { value };
  const labels = options.values.map((choice) => options.labels[choice]).join(', ');
  return { error: `"${trimmed}" is not one of: ${labels} (map it in the Values step)` };
}
