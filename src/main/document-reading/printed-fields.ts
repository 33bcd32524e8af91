import countries from 'i18n-iso-countries';
import type { ReadValue } from '../../shared/document-reading/contract';
import type { DocumentField } from '../../shared/document-reading/fields';
import { isRealDate } from '../../shared/customers/fields';

/**
 * Labels cards print before their values, in English and the languages printed beside it on
 * European documents. A field's value follows its label on the same line or, when the label
 * stands alone, on the next line.
 */
const labels = {
  surname: /\b(surname|last name|family name|nom|nachname|name|apellidos?|cognome)\b/i,
  givenNames: /\b(given names?|first names?|forenames?|pr[ée]noms?|vornamen?|nombres?|nome)\b/i,
  birthDate: /\b(date of birth|birth ?date|born|dob|geburtsdatum|geboren|date de naissance|fecha de nacimiento)\b/i,
  expiry: /\b(date of expiry|expiry( date)?|expires|valid until|g[üu]ltig bis|date d'expiration|expira)\b/i,
  nationality: /\b(nationality|nationalit[ée]|staatsangeh[öo]rigkeit|nacionalidad|citizenship)\b/i,
  documentNumber:
    /\b(document (no|number|n[°o])|passport (no|number)|card (no|number)|ausweisnummer|n[°o] du document)\b\.?/i,
} as const;
type Label = keyof typeof labels;

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
const pad = (n: string | number) => String(n).padStart(2, '0');

/** The first real date in a value: 14.03.1988, 14/03/1988, 1988-03-14, 14 MAR 1988, 14 MÄR/MAR 1988. */
export function dateIn(text: string): string | null {
  const upper = text.toUpperCase();
  const candidates = [
    ...[...upper.matchAll(/\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/g)].map(
      ([, d, m, y]) => `${y}-${pad(m!)}-${pad(d!)}`,
    ),
    ...[...upper.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)].map(([, y, m, d]) => `${y}-${m}-${d}`),
    ...[...upper.matchAll(/\b(\d{1,2})\s+([A-ZÄÉÛ]{3})[A-ZÄÉÛ]*(?:\/[A-Z]{3,})?\s+(\d{4})\b/g)].map(([, d, name, y]) =>
      monthAliases[name!] ? `${y}-${pad(monthAliases[name!]!)}-${pad(d!)}` : '',
    ),
  ];
  return candidates.find(isRealDate) ?? null;
}

/** "DEU", "D", "GERMAN", "Germany" as ISO alpha-2. */
function countryIn(text: string): string | null {
  const word =
    text
      .trim()
      .split(/[\s/,;]+/)[0]
      ?.toUpperCase() ?? '';
  if (word === 'D') return 'DE';
  if (/^[A-Z]{3}$/.test(word)) return countries.alpha3ToAlpha2(word) ?? null;
  return countries.getAlpha2Code(text.trim(), 'en') ?? null;
}

/**
 * A printed name without what OCR read off the photo beside it: documents print names in
 * capitals, so once the first word is in capitals, words with small letters are noise, and so
 * are one- or two-letter scraps at the end.
 */
function nameIn(text: string): string {
  const words = text
    .replace(/[^\p{L}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const capitals = words[0] !== undefined && words[0] === words[0].toUpperCase();
  const kept = capitals ? words.filter((word) => word === word.toUpperCase()) : words;
  while (kept.length > 1 && (kept.at(-1)?.length ?? 0) <= 2) kept.pop();
  return kept.join(' ');
}

/** Each labelled value of the text: what follows the label on its line, or the next line when nothing does. */
function labelledValues(text: string): Partial<Record<Label, string>> {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const found: Partial<Record<Label, string>> = {};
  lines.forEach((line, index) => {
    for (const label of Object.keys(labels) as Label[]) {
      const match = labels[label].exec(line);
      if (!match || found[label]) continue;
      let rest = line.slice((match.index ?? 0) + match[0].length);
      // A label in another language beside it ("Surname / Nom: HARTMANN"): the value follows the colon.
      if (rest.includes(':')) rest = rest.slice(rest.indexOf(':') + 1);
      // The next label on the same line ends this value ("Issued: 02.11.2021 Expires: 01.06.2031").
      const next = Math.min(
        rest.length,
        ...Object.values(labels).map((other) => other.exec(rest)?.index ?? rest.length),
        /\b\p{Lu}\p{Ll}+:/u.exec(rest)?.index ?? rest.length,
      );
      const value =
        rest
          .slice(0, next)
          .replace(/^[\s/.\-–]+/, '')
          .trim() ||
        lines[index + 1] ||
        '';
      if (value) found[label] = value;
    }
  });
  return found;
}

/**
 * Fields from the printed text, where the document has no MRZ or barcode to give them. Less sure
 * than a checked MRZ, so they carry half the OCR's confidence.
 */
export function printedFields(text: string, ocrConfidence: number): Partial<Record<DocumentField, ReadValue>> {
  const values = labelledValues(text);
  const confidence = Math.round(ocrConfidence / 2);
  const names = [values.givenNames, values.surname].map((part) => part && nameIn(part));
  const number = values.documentNumber?.match(/[A-Z0-9]{5,}/i)?.[0]?.toUpperCase();
  const read: Partial<Record<DocumentField, string | null | undefined>> = {
    name: names.filter(Boolean).join(' ') || null,
    birthDate: values.birthDate && dateIn(values.birthDate),
    expiry: values.expiry && dateIn(values.expiry),
    nationality: values.nationality && countryIn(values.nationality),
    documentNumber: number,
  };
  return Object.fromEntries(
    Object.entries(read).flatMap(([field, value]) =>
      value ? [[field, { value, source: 'ocr' as const, confidence }]] : [],
    ),
  );
}
