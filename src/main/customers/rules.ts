import { and, eq, ne, sql } from 'drizzle-orm';
import { documentChecks, limits, verifiedFlag } from '../../shared/customers/fields';
import type { CustomerData } from '../../shared/customers/schema';
import { ApiError, type FieldErrors } from '../../shared/errors';
import type { Db } from '../db/connection';
import { preparedPerConnection } from '../db/prepared';
import { customers, exchangeMonitors } from '../db/schema';
import { checkRow } from '../kyc/checks';

type KeyValues = CustomerData['customFields'];

/** Prepared once per connection: an import asks them for every row. */
const storeQueries = preparedPerConnection((db) => ({
  sameEmail: db
    .select({ id: customers.id, firstName: customers.firstName, lastName: customers.lastName })
    .from(customers)
    .where(and(eq(customers.email, sql.placeholder('email')), ne(customers.id, sql.placeholder('exceptId'))))
    .prepare(),
  sameReference: db
    .select({ id: customers.id })
    .from(customers)
    .where(
      and(eq(customers.referenceId, sql.placeholder('referenceId')), ne(customers.id, sql.placeholder('exceptId'))),
    )
    .prepare(),
  monitor: db
    .select({ active: exchangeMonitors.active, name: exchangeMonitors.name })
    .from(exchangeMonitors)
    .where(eq(exchangeMonitors.id, sql.placeholder('id')))
    .prepare(),
}));

/**
 * Rules that need the database: uniqueness, the active-monitor rule, the document-check
 * guardrail and seed 003's key limits. `before` is the stored data on update.
 */
export function checkAgainstStore(db: Db, data: CustomerData, before: CustomerData | null, id: number | null): void {
  const errors: FieldErrors = {};
  let conflict = false;

  const queries = storeQueries(db);
  const exceptId = id ?? 0;
  const sameEmail = queries.sameEmail.get({ email: data.email, exceptId });
  if (sameEmail) {
    conflict = true;
    const name = [sameEmail.firstName, sameEmail.lastName].filter(Boolean).join(' ');
    errors.email = `This email already belongs to another customer (${name}, #${sameEmail.id})`;
  }

  if (data.referenceId) {
    const sameReference = queries.sameReference.get({ referenceId: data.referenceId, exceptId });
    if (sameReference) {
      conflict = true;
      errors.referenceId = `Reference ID already used by customer #${sameReference.id}`;
    }
  }

  if (data.exchangeMonitorId !== null && data.exchangeMonitorId !== before?.exchangeMonitorId) {
    const monitor = queries.monitor.get({ id: data.exchangeMonitorId });
    if (!monitor) errors.exchangeMonitorId = 'This exchange monitor does not exist';
    else if (!monitor.active)
      errors.exchangeMonitorId = `Exchange monitor "${monitor.name}" is inactive; choose an active one`;
  }

  for (const check of documentChecks) {
    const flag = verifiedFlag[check];
    const approvedInReview = id !== null && checkRow(db, id, check)?.state === 'approved';
    if (data[flag] && !before?.[flag] && !approvedInReview) {
      errors[flag] = `The ${check} check can be marked complete only from KYC review, after its file was checked`;
    }
  }

  checkKeyLimits('customFields', data.customFields, before?.customFields ?? [], errors);
  checkKeyLimits('metadata', data.metadata, before?.metadata ?? [], errors);

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
function checkKeyLimits(field: 'customFields' | 'metadata', after: KeyValues, before: KeyValues, errors: FieldErrors) {
  const known = new Set(before.map((entry) => entry.key.toLowerCase()));
  const added = after.filter((entry) => !known.has(entry.key.toLowerCase())).length;
  if (after.length > limits.keysTotal) {
    errors[field] = `At most ${limits.keysTotal} entries in total; remove some first`;
  } else if (added > limits.keysPerUpdate) {
    errors[field] =
      `Add at most ${limits.keysPerUpdate} new entries at a time (${added} added); save, then add the rest`;
  }
}
