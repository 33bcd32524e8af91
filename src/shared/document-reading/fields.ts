import type { DocumentSlot } from '../kyc/fields';

/** Where a value on a document was read from, most trusted first. */
export const readSources = ['mrz', 'barcode', 'ocr'] as const;
export type ReadSource = (typeof readSources)[number];
export const readSourceLabels: Record<ReadSource, string> = {
  mrz: 'Machine-readable zone',
  barcode: 'Licence barcode',
  ocr: 'Printed text',
};

/**
 * The facts a document states that the desk compares with the profile, once: the key is the
 * reading's field, `profile` the customer field it is compared with (null: the profile has no such
 * field, the document's value is shown and judged by itself).
 */
export const documentFieldTable = {
  name: { label: 'Name', profile: 'name' },
  birthDate: { label: 'Birth date', profile: 'birthDate' },
  documentNumber: { label: 'Document number', profile: 'documentNumber' },
  nationality: { label: 'Nationality / country', profile: 'country' },
  expiry: { label: 'Expiry', profile: null },
} as const;
export type DocumentField = keyof typeof documentFieldTable;
export const documentFields = Object.keys(documentFieldTable) as [DocumentField, ...DocumentField[]];

/** Slots whose files are read: the identity document's two sides, and the selfie (its face). */
export const readableSlots = ['docFile1', 'docFile2', 'selfie'] as const satisfies readonly DocumentSlot[];
export type ReadableSlot = (typeof readableSlots)[number];
export const isReadableSlot = (slot: DocumentSlot): slot is ReadableSlot =>
  (readableSlots as readonly DocumentSlot[]).includes(slot);

/** What the comparison says of one field. */
export const verdicts = ['agree', 'differ', 'unreadable', 'expired', 'valid', 'notOnProfile'] as const;
export type Verdict = (typeof verdicts)[number];
export const verdictLabels: Record<Verdict, string> = {
  agree: 'Agree',
  differ: 'Differ',
  unreadable: 'Unreadable',
  expired: 'Expired',
  valid: 'Valid',
  notOnProfile: 'Not on profile',
};
/** Verdicts a reviewer must answer before approving: a note says why the check passes anyway. */
export const findingVerdicts: readonly Verdict[] = ['differ', 'expired'];

export const readingStates = ['reading', 'read', 'failed'] as const;
export type ReadingState = (typeof readingStates)[number];
