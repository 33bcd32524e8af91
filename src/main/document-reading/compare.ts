import type {
  DocumentComparison,
  DocumentReading,
  FieldComparison,
  ReadValue,
} from '../../shared/document-reading/contract';
import {
  documentFields,
  documentFieldTable,
  findingVerdicts,
  readSources,
  verdictLabels,
  type DocumentField,
  type Verdict,
} from '../../shared/document-reading/fields';
import { foldName } from '../customers/name-key';

/** The profile facts a document is compared with. */
export interface ProfileFacts {
  firstName: string;
  lastName: string | null;
  birthDate: string | null;
  documentNumber: string | null;
  country: string;
}

type Readings = DocumentComparison['readings'];

/** Name words folded to plain capitals: "Hartmann-Müller, Amélie" and "HARTMANN<MULLER<<AMELIE" both give HARTMANN MULLER AMELIE. */
function nameWords(name: string): string[] {
  return foldName(name)
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter(Boolean)
    .map(skeleton);
}

/**
 * A word with the letters transliteration schemes disagree on made alike: ICAO 9303 writes Дмитрий
 * as DMITRII where others write Dmitriy, Юлия as IULIIA for Yuliya, Щ as SHCH, Х as KH or H.
 */
function skeleton(word: string): string {
  return word
    .replace(/[YJ]/g, 'I')
    .replace(/KH/g, 'H')
    .replace(/W/g, 'V')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Names agree when every word of the shorter one is in the longer one, and they share at least
 * two: the profile often leaves out a middle name the document prints, and the MRZ puts the
 * surname first.
 */
export function namesAgree(profile: string, document: string): boolean {
  const [shorter, longer] = [nameWords(profile), nameWords(document)].sort((a, b) => a.length - b.length) as [
    string[],
    string[],
  ];
  const common = shorter.filter((word) => longer.includes(word));
  return common.length === shorter.length && common.length >= Math.min(2, longer.length);
}

/** Document numbers as printed or as the MRZ holds them: no spaces, dashes or filler. */
const plainNumber = (value: string) => value.toUpperCase().replace(/[\s\-<]/g, '');

/**
 * A number read by OCR alone has nothing to tell O from 0 or I from 1 (an MRZ has its check
 * digit), so such a number agrees when it does with the look-alikes made one.
 */
const lookalikesFolded = (value: string) =>
  plainNumber(value).replace(/O/g, '0').replace(/[IL]/g, '1').replace(/S/g, '5').replace(/B/g, '8').replace(/Z/g, '2');

/** Each field's best value over the sides read: the MRZ before the barcode before the printed text. */
function bestValues(readings: Readings): Partial<Record<DocumentField, ReadValue>> {
  const best: Partial<Record<DocumentField, ReadValue>> = {};
  for (const reading of [readings.docFile1, readings.docFile2]) {
    if (reading?.state !== 'read') continue;
    for (const field of documentFields) {
      const value = reading.fields[field];
      const kept = best[field];
      if (!value) continue;
      const rank = (v: ReadValue) => readSources.indexOf(v.source) * 100_000 - v.confidence;
      if (!kept || rank(value) < rank(kept)) best[field] = value;
    }
  }
  return best;
}

function verdictOf(field: DocumentField, profile: ProfileFacts, value: ReadValue, today: string) {
  const is = (agree: boolean): Verdict => (agree ? 'agree' : 'differ');
  switch (field) {
    case 'name':
      return is(namesAgree(`${profile.firstName} ${profile.lastName ?? ''}`, value.value));
    case 'birthDate':
      return profile.birthDate === null ? 'notOnProfile' : is(profile.birthDate === value.value);
    case 'documentNumber':
      return profile.documentNumber === null
        ? 'notOnProfile'
        : value.source === 'ocr'
          ? is(lookalikesFolded(profile.documentNumber) === lookalikesFolded(value.value))
          : is(plainNumber(profile.documentNumber) === plainNumber(value.value));
    case 'nationality':
      return is(value.value.split('/').includes(profile.country));
    case 'expiry':
      return value.value < today ? 'expired' : 'valid';
  }
}

function profileValue(field: DocumentField, profile: ProfileFacts): string | null {
  const key = documentFieldTable[field].profile;
  if (key === null) return null;
  if (key === 'name') return `${profile.firstName} ${profile.lastName ?? ''}`.trim();
  return profile[key];
}

/** The comparison of "Compare with the document": per field, the profile's value, the document's, and the verdict. */
export function compareWithProfile(
  customerId: number,
  profile: ProfileFacts,
  readings: Readings,
  today: string,
  unread: DocumentComparison['unread'] = [],
): DocumentComparison {
  const values = bestValues(readings);
  const fields: FieldComparison[] = documentFields.map((field) => {
    const value = values[field] ?? null;
    const mine = profileValue(field, profile);
    const verdict: Verdict = value ? verdictOf(field, profile, value, today) : 'unreadable';
    return {
      field,
      label: documentFieldTable[field].label,
      profile: mine,
      document: value,
      verdict,
      detail: value ? null : 'Not found on the document',
    };
  });
  const sides = [readings.docFile1, readings.docFile2].filter((r): r is DocumentReading => r !== null);
  const failedChecks = [...new Set(sides.flatMap((reading) => reading.mrz?.failedChecks ?? []))];
  const face = readings.selfie?.face ?? null;
  const documentFinding = (text: string) => ({ check: 'document' as const, text });
  const findings = [
    ...fields
      .filter((row) => findingVerdicts.includes(row.verdict))
      .map((row) => documentFinding(`${row.label}: ${verdictLabels[row.verdict].toLowerCase()}`)),
    ...failedChecks.map((check) => documentFinding(`MRZ: ${check} failed`)),
    ...(face?.same === false
      ? [{ check: 'selfie' as const, text: 'Face: the selfie does not match the document photo' }]
      : []),
  ];
  const all = [readings.docFile1, readings.docFile2, readings.selfie];
  return {
    customerId,
    readings,
    fields,
    failedChecks,
    face,
    findings,
    unread,
    reading: all.some((reading) => reading?.state === 'reading'),
  };
}
