import { documentChecks, type VerificationCheck } from '../../shared/customers/fields';
import type { DocumentRecord } from '../../shared/kyc/contract';
import { checkLabels, documentSlots, slotCheck, slotLabels, type DocumentSlot } from '../../shared/kyc/fields';
import type { ReadableDB } from '../db/handles';
import { currentDocuments } from './documents';

export function slotsOf(check: VerificationCheck): DocumentSlot[] {
  return documentSlots.filter((slot) => slotCheck[slot] === check);
}

export function isDocumentCheck(check: VerificationCheck): boolean {
  return (documentChecks as readonly string[]).includes(check);
}

/** The files a decision on this check is about: the current files of its slots. */
export async function reviewedFiles(
  db: ReadableDB,
  customerId: number,
  check: VerificationCheck,
  reviewer: string,
): Promise<DocumentRecord[]> {
  return isDocumentCheck(check) ? currentDocuments(db, customerId, slotsOf(check), reviewer) : [];
}

/**
 * The field guide's guardrail: a document, selfie or address check is approved only when its
 * file is attached and this reviewer opened every current file of it in the viewer.
 */
export async function approvalProblem(
  db: ReadableDB,
  customer: { id: number; phone: string | null },
  check: VerificationCheck,
  reviewer: string,
): Promise<string | null> {
  const label = checkLabels[check].toLowerCase();
  if (check === 'phone' && !customer.phone) return 'The customer has no phone number to verify';
  if (!isDocumentCheck(check)) return null;
  const slots = slotsOf(check);
  const files = await reviewedFiles(db, customer.id, check, reviewer);
  if (files.length === 0) {
    return `Attach ${slots.map((slot) => slotLabels[slot]).join(' or ')} before approving the ${label} check`;
  }
  const unopened = files.filter((file) => !file.viewedByMe);
  if (unopened.length > 0) {
    return `Open ${unopened.map((file) => slotLabels[file.slot]).join(' and ')} in the viewer before approving the ${label} check`;
  }
  return null;
}
