import type { ReadValue } from '../../shared/document-reading/contract';
import { isRealDate } from '../../shared/customers/fields';

const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** Month names as documents print them, English and the usual bilingual forms (MÄR, MAI, OKT, DEZ, ...). */
const monthAliases: Record<string, number> = {
  ...Object.fromEntries(months.map((name, index) => [name, index + 1])),
  MÄR: 3,
  MAI: 5,
  OKT: 10,
  DEZ: 12,
  AVR: 4,
  JUI: 7,
  AOU: 8,
  DIC: 12,
  ENE: 1,
  GEN: 1,
};

const pad = (n: number | string) => String(n).padStart(2, '0');

/** Every real date in the text, as ISO: 14.03.1988, 14/03/1988, 1988-03-14, 14 MAR 1988, 14 MÄR/MAR 1988. */
export function datesIn(text: string): string[] {
  const found: string[] = [];
  const upper = text.toUpperCase();
  for (const [, d, m, y] of upper.matchAll(/\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/g))
    found.push(`${y}-${pad(m!)}-${pad(d!)}`);
  for (const [, y, m, d] of upper.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) found.push(`${y}-${m}-${d}`);
  for (const [, d, name, y] of upper.matchAll(/\b(\d{1,2})\s+([A-ZÄÉÛ]{3})[A-ZÄÉÛ]*(?:\/[A-Z]{3,})?\s+(\d{4})\b/g)) {
    const month = monthAliases[name!];
    if (month) found.push(`${y}-${pad(month)}-${pad(d!)}`);
  }
  return found.filter(isRealDate);
}

/**
 * Dates from the printed text where the document has no MRZ or barcode: the earliest date in the
 * past is the birth date, the latest (when later than the issue date beside it) the expiry. Less sure
 * than a checked MRZ, so they carry half the OCR's confidence.
 */
export function printedDates(
  text: string,
  ocrConfidence: number,
  today: string,
): Partial<Record<'birthDate' | 'expiry', ReadValue>> {
  const dates = [...new Set(datesIn(text))].sort();
  const confidence = Math.round(ocrConfidence / 2);
  const birth = dates.find((date) => date < today);
  const latest = dates.at(-1);
  return {
    ...(birth ? { birthDate: { value: birth, source: 'ocr' as const, confidence } } : {}),
    ...(latest && dates.length >= 2 && latest !== birth
      ? { expiry: { value: latest, source: 'ocr' as const, confidence } }
      : {}),
  };
}
