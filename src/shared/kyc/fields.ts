import type { VerificationCheck } from '../customers/fields';

/** Types the vault accepts, as sniffed from the bytes. Browsers render every one of them. */
export const imageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export const pdfType = 'application/pdf';
export type DocumentMimeType = (typeof imageTypes)[number] | typeof pdfType;

interface SlotSpec {
  /** The back office's name for the slot, wherever a slot is shown or written in words. */
  label: string;
  accepts: readonly DocumentMimeType[];
  /** Which check the slot's file is evidence for; profile pictures are none. */
  check: VerificationCheck | null;
}

/**
 * The upload slots of a customer profile (field guide, seed 000: "Doc File 1 / Doc File 2",
 * "Address File", ...), once: the keys are the stored names, the labels what people read.
 */
export const slotTable = {
  docFile1: { label: 'Identity document, front', accepts: [...imageTypes, pdfType], check: 'document' },
  docFile2: { label: 'Identity document, back', accepts: [...imageTypes, pdfType], check: 'document' },
  selfie: { label: 'Selfie', accepts: [...imageTypes, pdfType], check: 'selfie' },
  addressFile: { label: 'Proof of address', accepts: [...imageTypes, pdfType], check: 'address' },
  photo: { label: 'Profile photo', accepts: imageTypes, check: null },
  coverPhoto: { label: 'Cover photo', accepts: imageTypes, check: null },
} as const satisfies Record<string, SlotSpec>;
export type DocumentSlot = keyof typeof slotTable;
export const documentSlots = Object.keys(slotTable) as [DocumentSlot, ...DocumentSlot[]];

const slotEntries = Object.entries(slotTable) as [DocumentSlot, SlotSpec][];
export const slotLabels = Object.fromEntries(slotEntries.map(([slot, spec]) => [slot, spec.label])) as Record<
  DocumentSlot,
  string
>;
export const slotAccepts = Object.fromEntries(slotEntries.map(([slot, spec]) => [slot, spec.accepts])) as Record<
  DocumentSlot,
  readonly DocumentMimeType[]
>;
export const slotCheck = Object.fromEntries(slotEntries.map(([slot, spec]) => [slot, spec.check])) as Record<
  DocumentSlot,
  VerificationCheck | null
>;

/**
 * A check's state. `not_submitted`: nothing to review yet (no file for a document check).
 * `pending`: waiting for a reviewer, so the customer is in the verification queue.
 */
export const checkStates = ['not_submitted', 'pending', 'approved', 'rejected', 'resubmission_requested'] as const;
export type CheckState = (typeof checkStates)[number];
export const checkStateLabels: Record<CheckState, string> = {
  not_submitted: 'Not submitted',
  pending: 'Waiting for review',
  approved: 'Approved',
  rejected: 'Rejected',
  resubmission_requested: 'Resubmission requested',
};

export const checkLabels: Record<VerificationCheck, string> = {
  email: 'Email',
  phone: 'Phone',
  document: 'Identity document',
  selfie: 'Selfie',
  address: 'Proof of address',
};

/** What a reviewer decides about one check. */
export const decisionOutcomes = ['approved', 'rejected', 'resubmission_requested'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];
export const outcomeLabels: Record<DecisionOutcome, string> = {
  approved: 'Approved',
  rejected: 'Rejected',
  resubmission_requested: 'Resubmission requested',
};

/** The list a reviewer picks a rejection or resubmission reason from. */
export const decisionReasons = [
  'unreadable',
  'expired',
  'data_mismatch',
  'wrong_document_type',
  'incomplete',
  'face_mismatch',
  'address_outdated',
  'unreachable',
  'suspected_fraud',
  'other',
] as const;
export type DecisionReason = (typeof decisionReasons)[number];
export const reasonLabels: Record<DecisionReason, string> = {
  unreadable: 'File unreadable or blurred',
  expired: 'Document expired',
  data_mismatch: 'Details do not match the profile',
  wrong_document_type: 'Wrong kind of document',
  incomplete: 'Part of the document is missing',
  face_mismatch: 'Face does not match the document',
  address_outdated: 'Proof of address too old',
  unreachable: 'Could not be confirmed with the customer',
  suspected_fraud: 'Suspected forgery or fraud',
  other: 'Other (see note)',
};
/** Reasons that make sense for each check, in the order the list shows them. */
export const reasonsForCheck: Record<VerificationCheck, readonly DecisionReason[]> = {
  email: ['unreachable', 'data_mismatch', 'suspected_fraud', 'other'],
  phone: ['unreachable', 'data_mismatch', 'suspected_fraud', 'other'],
  document: ['unreadable', 'expired', 'data_mismatch', 'wrong_document_type', 'incomplete', 'suspected_fraud', 'other'],
  selfie: ['unreadable', 'face_mismatch', 'incomplete', 'suspected_fraud', 'other'],
  address: ['unreadable', 'address_outdated', 'data_mismatch', 'wrong_document_type', 'suspected_fraud', 'other'],
};

/** Upload size limit, in megabytes: default 10; at most 45 so the base64 body fits the host's 64 MB. */
export const uploadLimitMegabytes = { default: 10, min: 1, max: 45 } as const;
