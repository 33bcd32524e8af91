import { ApiError } from '../../shared/errors';
import type { LedgerEntry } from '../../shared/ledger/contract';
import type { LedgerKind, LedgerSource, LedgerStatus } from '../../shared/ledger/kinds';
import type { ReadableDB, WritableDB } from '../db/handles';
import { customerNameSql } from '../customers/headline';
import { sqliteOf } from '../db/sqlite/database';

export interface NewEntry {
  customerId: number;
  kind: LedgerKind;
  /** Signed minor units of `currency`. */
  amount: bigint;
  currency: string;
  status: LedgerStatus;
  source: LedgerSource;
  sourceId: number | null;
  reversesId?: number | null;
  reason?: string | null;
  actor: string;
  at: string;
}

/** The trigger's message when a write would take a balance below zero (0013_activity_triggers.sql). */
const belowZero = 'The balance would go below zero';

/** Writes one entry inside the caller's transaction; the triggers still hold every rule. */
export function appendEntry(tx: WritableDB, entry: NewEntry): number {
  try {
    const result = sqliteOf(tx)
      .$client.prepare(
        `INSERT INTO ledger_entries (customer_id, kind, amount, currency, status, source, source_id, reverses_id, reason, actor, created_at, status_changed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        entry.customerId,
        entry.kind,
        entry.amount,
        entry.currency,
        entry.status,
        entry.source,
        entry.sourceId,
        entry.reversesId ?? null,
        entry.reason ?? null,
        entry.actor,
        entry.at,
        entry.at,
      );
    return Number(result.lastInsertRowid);
  } catch (error) {
    throw refusedBelowZero(error);
  }
}

/** The backstop trigger's refusal as the error a person reads; anything else unchanged. */
export function refusedBelowZero(error: unknown): unknown {
  return error instanceof Error && error.message.includes(belowZero)
    ? new ApiError('CONFLICT', 'The balance would go below zero; nothing was changed')
    : error;
}

interface EntryRow {
  id: number;
  customerId: number;
  kind: LedgerKind;
  amount: number;
  currency: string;
  status: LedgerStatus;
  source: LedgerSource;
  sourceId: number | null;
  reversesId: number | null;
  reversedById: number | null;
  reason: string | null;
  actor: string;
  createdAt: string;
  sourceLabel: string | null;
}

/** An entry's columns and what its source is called: the exchange's reference, the referred customer. */
export const entryColumns = `e.id, e.customer_id AS customerId, e.kind, e.amount, e.currency, e.status, e.source,
  e.source_id AS sourceId, e.reverses_id AS reversesId, e.reason, e.actor, e.created_at AS createdAt,
  (SELECT r.id FROM ledger_entries r WHERE r.reverses_id = e.id) AS reversedById,
  CASE e.source
    WHEN 'exchange' THEN (SELECT x.reference FROM exchanges x WHERE x.id = e.source_id)
    WHEN 'referral' THEN (SELECT ${customerNameSql('c')} FROM customers c WHERE c.id = e.source_id)
    WHEN 'withdrawal' THEN 'Withdrawal #' || e.source_id
    WHEN 'staff' THEN e.actor
  END AS sourceLabel`;

export function toLedgerEntry(row: EntryRow): LedgerEntry {
  return { ...row, amount: { amount: String(row.amount), currency: row.currency } };
}

export function entryRows(db: ReadableDB, where: string, params: unknown[]): LedgerEntry[] {
  const rows = sqliteOf(db)
    .$client.prepare(`SELECT ${entryColumns} FROM ledger_entries e WHERE ${where}`)
    .all(...params) as EntryRow[];
  return rows.map(toLedgerEntry);
}

export function findEntry(db: ReadableDB, id: number): LedgerEntry {
  const [entry] = entryRows(db, 'e.id = ?', [id]);
  if (!entry) throw new ApiError('NOT_FOUND', `Ledger entry #${id} does not exist`);
  return entry;
}
