import type { ReadValue } from '../../shared/document-reading/contract';
import type { DocumentField } from '../../shared/document-reading/fields';
import type { LicenceBarcode } from './barcode/licence-barcode';

/** A licence barcode's data as compared fields: the barcode is read whole or not at all, so it is certain. */
export function licenceFields(barcode: LicenceBarcode): Partial<Record<DocumentField, ReadValue>> {
  const { firstName, middleName, lastName, birthDate, expiry, documentNumber, country } = barcode.fields;
  const name = [firstName, middleName, lastName].filter(Boolean).join(' ');
  const values: Partial<Record<DocumentField, string | null>> = {
    name: name || null,
    birthDate,
    expiry,
    documentNumber,
    nationality: country,
  };
  return Object.fromEntries(
    Object.entries(values)
      .filter((entry): entry is [DocumentField, string] => entry[1] !== null && entry[1] !== undefined)
      .map(([field, value]) => [field, { value, source: 'barcode' as const, confidence: 10_000 }]),
  );
}
