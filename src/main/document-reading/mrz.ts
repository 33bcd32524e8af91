import countries from 'i18n-iso-countries';
import { parse, type ParseResult } from 'mrz';
import { lookalikeVariants } from './check-digit';
import type { DocumentReading, ReadValue } from '../../shared/document-reading/contract';
import type { DocumentField } from '../../shared/document-reading/fields';

/** Line lengths of the ICAO 9303 formats: TD1 (ID cards, 3 x 30), TD2 (2 x 36), TD3 (passports, 2 x 44). */
const formats = [
  { lines: 3, length: 30 },
  { lines: 2, length: 36 },
  { lines: 2, length: 44 },
] as const;

/** What OCR tends to read instead of the MRZ's filler (« stands for two). A K stays a K: names have them. */
const fillerLookalikes = /[‹([{]/g;

/** OCR lines cleaned as MRZ candidates: capitals, digits and filler only, spaces dropped. */
function candidateLines(text: string): string[] {
  return (
    text
      .split(/\r?\n/)
      .map((line) => line.replace(/\s+/g, '').replace(/«/g, '<<').replace(fillerLookalikes, '<').toUpperCase())
      // A line's closing filler read as LLLK: a run that starts with a filler and runs to the end is filler.
      .map((line) => line.replace(/<[<LK]{4,}$/, (run) => '<'.repeat(run.length)))
      .filter((line) => /^[A-Z0-9<]{28,46}$/.test(line) && line.includes('<'))
  );
}

/** The lines of the first MRZ found in OCR text, trimmed or padded by one character where OCR lost or added one. */
export function findMrzLines(text: string): string[] | null {
  const lines = candidateLines(text);
  for (const format of formats) {
    for (let start = 0; start + format.lines <= lines.length; start++) {
      const block = lines.slice(start, start + format.lines);
      if (block.every((line) => Math.abs(line.length - format.length) <= 1)) {
        return block.map((line) => line.padEnd(format.length, '<').slice(0, format.length));
      }
    }
  }
  return null;
}

/** MRZ dates are YYMMDD. Birth dates are in the past (the century that makes it so); expiry dates in 20YY. */
function isoDate(yymmdd: string | null | undefined, kind: 'birth' | 'expiry', today: string): string | null {
  if (!yymmdd || !/^\d{6}$/.test(yymmdd)) return null;
  const [yy, mm, dd] = [yymmdd.slice(0, 2), yymmdd.slice(2, 4), yymmdd.slice(4, 6)];
  const century = kind === 'expiry' || `20${yy}-${mm}-${dd}` <= today ? '20' : '19';
  const iso = `${century}${yy}-${mm}-${dd}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** MRZ country codes are ICAO's alpha-3, which are ISO's but for Germany ("D") and a few organisations. */
function alpha2(code: string | null | undefined): string | null {
  if (!code) return null;
  const plain = code.replace(/</g, '');
  if (plain === 'D') return 'DE';
  return countries.alpha3ToAlpha2(plain) ?? null;
}

/** A field is as sure as its check digit: certain when it passes, the OCR's confidence when not checked or failed. */
function valueOf(
  result: ParseResult,
  value: string | null,
  checked: string[],
  ocrConfidence: number,
): ReadValue | null {
  if (!value) return null;
  const passed = result.details.filter((d) => d.field && checked.includes(d.field));
  const certain = passed.length > 0 && passed.every((d) => d.valid);
  return { value, source: 'mrz', confidence: certain ? 10_000 : ocrConfidence };
}

export interface MrzReading {
  mrz: NonNullable<DocumentReading['mrz']>;
  fields: Partial<Record<DocumentField, ReadValue>>;
}

/** Where the document number is: TD1 has it on the first line after the document code and state. */
const numberAt = (lines: string[]) => (lines.length === 3 ? { line: 0, start: 5 } : { line: 1, start: 0 });
const numberLength = 9;

/**
 * The zone parsed; when a check digit fails, the document number read again with look-alikes
 * swapped (the parser's own autocorrection fixes digits-only and letters-only fields, not this
 * mixed one), kept only if then every check digit, the composite's too, passes.
 */
function parseRepaired(lines: string[]): { result: ParseResult; lines: string[] } {
  const result = parse(lines, { autocorrect: true });
  if (result.valid) return { result, lines };
  const { line, start } = numberAt(lines);
  const text = lines[line] ?? '';
  for (const number of lookalikeVariants(text.slice(start, start + numberLength))) {
    const candidate = lines.with(line, text.slice(0, start) + number + text.slice(start + numberLength));
    const repaired = parse(candidate, { autocorrect: true });
    if (repaired.valid) return { result: repaired, lines: candidate };
  }
  return { result, lines };
}

/** Parses and checks an MRZ (every check digit) with the `mrz` package, and maps it onto the compared fields. */
export function readMrz(read: string[], ocrConfidence: number, today: string): MrzReading {
  const { result, lines } = parseRepaired(read);
  const f = result.fields;
  const name = [f.firstName, f.lastName].filter(Boolean).join(' ');
  const states = [...new Set([alpha2(f.nationality), alpha2(f.issuingState)].filter((c): c is string => !!c))];
  return {
    mrz: {
      format: result.format,
      lines,
      valid: result.valid,
      failedChecks: result.details.filter((detail) => !detail.valid).map((detail) => detail.label),
    },
    fields: Object.fromEntries(
      Object.entries({
        name: valueOf(result, name || null, ['lastName', 'firstName'], ocrConfidence),
        birthDate: valueOf(result, isoDate(f.birthDate, 'birth', today), ['birthDateCheckDigit'], ocrConfidence),
        documentNumber: valueOf(
          result,
          result.documentNumber ?? f.documentNumber ?? null,
          ['documentNumberCheckDigit'],
          ocrConfidence,
        ),
        nationality: valueOf(result, states.join('/') || null, ['nationality', 'issuingState'], ocrConfidence),
        expiry: valueOf(
          result,
          isoDate(f.expirationDate, 'expiry', today),
          ['expirationDateCheckDigit'],
          ocrConfidence,
        ),
      }).filter(([, value]) => value !== null),
    ),
  };
}
