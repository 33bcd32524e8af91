import type { AuditEntry } from '../../../../shared/customers/contract';
import type { VerificationCheck } from '../../../../shared/customers/fields';
import {
  checkLabels,
  outcomeLabels,
  slotLabels,
  type DecisionOutcome,
  type DocumentSlot,
} from '../../../../shared/kyc/fields';

/** Actions with a fixed title; the audit log stores the action's code (src/main writes them). */
const titles: Record<string, string> = {
  create: 'Created',
  update: 'Edited',
  block: 'Blocked',
  unblock: 'Unblocked',
  status: 'Status changed',
  import: 'Imported',
  'undo import': 'Import undone',
  seed: 'Sample data',
  'session.end': 'Session ended',
  'session.end_all': 'All sessions ended',
};

/** The slot of a file change (`document.addressFile`), or of the first one if there are several. */
function slotOf(entry: AuditEntry): DocumentSlot | undefined {
  const key = Object.keys(entry.changes).find((field) => field.startsWith('document.'));
  const slot = key?.slice('document.'.length);
  return slot && slot in slotLabels ? (slot as DocumentSlot) : undefined;
}

/** The check of a decision (`check.address`). */
function checkOf(entry: AuditEntry): VerificationCheck | undefined {
  const key = Object.keys(entry.changes).find((field) => field.startsWith('check.'));
  const check = key?.slice('check.'.length);
  return check && check in checkLabels ? (check as VerificationCheck) : undefined;
}

/** An entry's title in words: "Proof of address uploaded", "Selfie: Rejected", "Edited". */
export function historyTitle(entry: AuditEntry): string {
  const fixed = titles[entry.action];
  if (fixed) return fixed;
  const slot = slotOf(entry);
  if (entry.action === 'document.upload' && slot) return `${slotLabels[slot]} uploaded`;
  if (entry.action === 'document.delete' && slot) return `${slotLabels[slot]} deleted`;
  const outcome = entry.action.startsWith('kyc.') ? entry.action.slice('kyc.'.length) : null;
  const check = checkOf(entry);
  if (outcome && outcome in outcomeLabels && check) {
    return `${checkLabels[check]}: ${outcomeLabels[outcome as DecisionOutcome]}`;
  }
  return 'Changed';
}
