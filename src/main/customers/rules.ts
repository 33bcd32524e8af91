import { documentChecks, limits, verifiedFlag } from '../../shared/customers/fields';
import type { CustomerData } from '../../shared/customers/schema';
import { ApiError, type FieldErrors } from '../../shared/errors';
import type { ReadableDB } from '../db/handles';
import { checkRow } from '../kyc/checks';
import type { CustomerLookups } from './lookups';

type KeyValues = CustomerData['customFields'];

/**
 * Rules that need the database: uniqueness, the active-monitor rule, the document-check
 * guardrail and seed 003's key limits. `before` is the stored data on update.
 * `keysAtOnce`: whether seed 003's "5 keys added per update" holds (a save does); a customer
 * that comes whole from a file, built up elsewhere, is held to the total only.
 */
export async function checkAgainstStore(
  lookups: CustomerLookups,
  db: ReadableDB,
  data: CustomerData,
  before: CustomerData | null,
  id: number | null,
  { keysAtOnce = true }: { keysAtOnce?: boolean } = {},
): Promise<void> {
  const errors: FieldErrors = {};
  let conflict = false;

  const exceptId = id ?? 0;
  const sameEmail = await lookups.sameEmail(db, data.email, exceptId);
  if (sameEmail) {
    conflict = true;
    const name = [sameEmail.firstName, sameEmail.lastName].filter(Boolean).join(' ');
    errors.email = `This email already belongs to another customer (${name}, #${sameEmail.id})`;
  }

  if (data.referenceId) {
    const sameReference = await lookups.sameReference(db, data.referenceId, exceptId);
    if (sameReference) {
      conflict = true;
      errors.referenceId = `Reference ID already used by customer #${sameReference.id}`;
    }
  }

  if (data.exchangeMonitorId !== null && data.exchangeMonitorId !== before?.exchangeMonitorId) {
    const monitor = await lookups.monitor(db, data.exchangeMonitorId);
    if (!monitor) errors.exchangeMonitorId = 'This exchange monitor does not exist';
    else if (!monitor.active)
      errors.exchangeMonitorId = `Exchange monitor "${monitor.name}" is inactive; choose an active one`;
  }

  for (const check of documentChecks) {
    const flag = verifiedFlag[check];
    if (!data[flag] || before?.[flag]) continue;
    const approvedInReview = id !== null && (await checkRow(db, id, check))?.state === 'approved';
    if (!approvedInReview) {
      errors[flag] = `The ${check} check can be marked complete only from KYC review, after its file was checked`;
    }
  }

  checkKeyLimits('customFields', data.customFields, before?.customFields ?? [], keysAtOnce, errors);
  checkKeyLimits('metadata', data.metadata, before?.metadata ?? [], keysAtOnce, errors);

  if (Object.keys(errors).length > 0) {
    const onlyConflicts = conflict && Object.keys(errors).every((k) => k === 'email' || k === 'referenceId');
    throw new ApiError(
      onlyConflicts ? 'CONFLICT' : 'VALIDATION',
      onlyConflicts ? 'Another customer already uses this value' : 'Some fields need attention',
      errors,
    );
  }
}

/** Seed 003: at most 5 keys added in one update, at most 10 in total. */
function checkKeyLimits(
  field: 'customFields' | 'metadata',
  after: KeyValues,
  before: KeyValues,
  keysAtOnce: boolean,
  errors: FieldErrors,
) {
  const known = new Set(before.map((entry) => entry.key.toLowerCase()));
  const added = after.filter((entry) => !known.has(entry.key.toLowerCase())).length;
  if (after.length > limits.keysTotal) {
    errors[field] = `At most ${limits.keysTotal} entries in total; remove some first`;
  } else if (keysAtOnce && added > limits.keysPerUpdate) {
    errors[field] =
      `Add at most ${limits.keysPerUpdate} new entries at a time (${added} added); save, then add the rest`;
  }
}
