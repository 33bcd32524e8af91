import { eq } from 'drizzle-orm';
import type { VerificationCheck } from '../../shared/customers/fields';
import type { CustomerData } from '../../shared/customers/schema';
import type { Standing } from '../../shared/customers/standing';
import { diff, writeAudits, type AuditWrite } from '../audit/log';
import type { WritableDB } from '../db/handles';
import { customers } from '../db/schema';
import { checkRows, putChecks, type CheckRow } from '../kyc/checks';
import { appendDecisions, type ChainedDecision, type DecisionChain, type NewDecision } from '../kyc/decision-log';
import {
  checksFromFlags,
  flagApprovalNote,
  newCustomerChecks,
  reviewRequests,
  statesAfter,
  verificationColumnsOf,
  type FlagCheck,
} from '../kyc/verified-flags';
import { plannedRowOf, type NewCustomer } from './planned-row';
import { columnsOf, customerEntity, replaceLabels } from './records';

/** Who writes customers, and how: named in their audit entries and in the notes of their approvals. */
export interface WriteOrigin {
  actor: string;
  /** The audit action of a created customer and of an updated one. */
  actions: { create: string; update: string };
  /** The audit entries' reason: none from the form, "Import #12 of clients.csv" from an import. */
  reason: string | null;
  /** Where the verified flags were set, for the note of their approvals: "the customer form". */
  place: string;
}

export const formOrigin = (actor: string): WriteOrigin => ({
  actor,
  actions: { create: 'create', update: 'update' },
  reason: null,
  place: 'the customer form',
});

export const importOrigin = (actor: string, importId: number, fileName: string): WriteOrigin => ({
  actor,
  actions: { create: 'import', update: 'import' },
  reason: `Import #${importId} of ${fileName}`,
  place: `import #${importId} of ${fileName}`,
});

export const undoOrigin = (actor: string, importId: number, fileName: string): WriteOrigin => ({
  actor,
  actions: { create: 'undo import', update: 'undo import' },
  reason: `Undo of import #${importId} of ${fileName}`,
  place: `the undo of import #${importId} of ${fileName}`,
});

export const seedOrigin = (actor: string): WriteOrigin => ({
  actor,
  actions: { create: 'seed', update: 'seed' },
  reason: 'Sample data',
  place: 'the sample data',
});

/** A new customer, with its `plannedRowOf` when a validator thread built it already. */
export type CustomerToCreate = NewCustomer & { planned?: unknown[] | null };

/** A change of a stored customer: its data before (as stored) and after (validated). */
export interface CustomerToUpdate {
  id: number;
  version: number;
  before: CustomerData;
  data: CustomerData;
  /** Checks to put in review when they have no row yet (a file's `unprovenChecks`). */
  review?: readonly VerificationCheck[];
  /** A status and reason to set, with those the customer has (a file's, or an undo's). */
  standing?: { before: Standing; after: Standing };
}

/**
 * Where the write path's rows go in bulk, as one storage engine does it fastest (set-based SQL,
 * prepared statements): behind this port, so another engine is another implementation
 * (SQLite's: sqlite-customer-rows.ts).
 */
export interface BulkCustomerRows {
  /**
   * Inserts new customers' planned rows (the customer row, its labels, checks and audit entry
   * each) in order and returns their ids in the same order.
   */
  insertNew(
    tx: WritableDB,
    rows: readonly unknown[][],
    write: { now: string; actor: string; action: string; reason: string | null; note: string },
  ): Promise<number[]>;
  /** Inserts decision-log entries already chained (`appendDecisions`), in order. */
  insertDecisions(tx: WritableDB, rows: readonly ChainedDecision[]): Promise<void>;
}

/**
 * The one write path for customers: the form (a batch of one), an import and the seed create
 * and update customers here, so each gets the same row, labels, search entry (by trigger),
 * KYC checks with their approvals in the decision log, and audit entry with its real values.
 */
export class CustomerWriter {
  constructor(
    private readonly rows: BulkCustomerRows,
    private readonly chain: DecisionChain,
  ) {}

  /** Creates the customers in order; returns their ids. Their store rules were checked by the caller. */
  async create(tx: WritableDB, batch: readonly CustomerToCreate[], origin: WriteOrigin): Promise<number[]> {
    if (batch.length === 0) return [];
    const now = new Date().toISOString();
    const note = flagApprovalNote(origin.place);
    const { actor, reason } = origin;
    const ids = await this.rows.insertNew(
      tx,
      batch.map((customer) => customer.planned ?? plannedRowOf(customer)),
      { now, actor, action: origin.actions.create, reason, note },
    );
    // The approvals the rows above stored as checks also enter the decision log, as from KYC review.
    const decisions = batch.flatMap((customer, i) =>
      newCustomerChecks(customer.data).checks.flatMap(({ check, state }) =>
        state === 'approved' ? [approval(ids[i] as number, check, customer.past?.createdAt ?? now, actor, note)] : [],
      ),
    );
    await this.appendDecisions(tx, decisions);
    return ids;
  }

  /**
   * Writes each change whose stored data differs (a new version, its checks, an audit entry) and
   * returns the ids of those it wrote. Their version and store rules were checked by the caller.
   */
  async update(tx: WritableDB, batch: readonly CustomerToUpdate[], origin: WriteOrigin): Promise<number[]> {
    const now = new Date().toISOString();
    const note = flagApprovalNote(origin.place);
    const written: number[] = [];
    const audits: AuditWrite[] = [];
    for (const { id, version, before, data, review = [], standing } of batch) {
      const checksNow = await checkRows(tx, id);
      const stateOf = (check: VerificationCheck) => checksNow.get(check)?.state;
      const checks = [
        ...checksFromFlags(before, data, stateOf),
        ...reviewRequests(review.filter((check) => stateOf(check) === undefined)),
      ];
      const stored = { ...data, ...verificationColumnsOf(statesAfter(stateOf, checks), data.phone) };
      const changes = {
        ...diff(before as Record<string, unknown>, stored),
        ...(standing && diff({ ...standing.before }, { ...standing.after })),
      };
      if (Object.keys(changes).length === 0 && checks.length === 0) continue;
      if (Object.keys(changes).length > 0) {
        await tx
          .update(customers)
          .set({ ...columnsOf(stored), ...standing?.after, version: version + 1, updatedAt: now })
          .where(eq(customers.id, id));
        audits.push({
          actor: origin.actor,
          entity: customerEntity,
          entityId: id,
          action: origin.actions.update,
          reason: origin.reason,
          changes,
        });
      }
      if (changes.labels) await replaceLabels(tx, id, stored.labels);
      await putChecks(
        tx,
        checks.map((change) => checkRowOf(id, change, now, origin.actor, note)),
      );
      await this.appendDecisions(
        tx,
        checks.flatMap(({ check, state }) =>
          state === 'approved' ? [approval(id, check, now, origin.actor, note)] : [],
        ),
      );
      written.push(id);
    }
    await writeAudits(tx, audits, now);
    return written;
  }

  private async appendDecisions(tx: WritableDB, entries: readonly NewDecision[]): Promise<void> {
    await appendDecisions(tx, this.chain, entries, (rows) => this.rows.insertDecisions(tx, rows));
  }
}

function approval(
  customerId: number,
  check: VerificationCheck,
  at: string,
  reviewer: string,
  note: string,
): NewDecision {
  return { at, reviewer, customerId, check, outcome: 'approved', reason: null, note, fileSha256: [] };
}

/** A check's row after a flag changed it: approved now by the actor, or waiting since now. */
function checkRowOf(
  customerId: number,
  { check, state, note: waiting }: FlagCheck,
  at: string,
  actor: string,
  note: string,
): CheckRow {
  const approved = state === 'approved';
  return {
    customerId,
    check,
    state,
    requestedAt: approved ? null : at,
    decidedAt: approved ? at : null,
    decidedBy: approved ? actor : null,
    reason: null,
    note: approved ? note : (waiting ?? null),
  };
}
