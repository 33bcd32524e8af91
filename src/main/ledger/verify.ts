import type { z } from 'zod';
import type { ledgerProblem } from '../../shared/ledger/contract';
import type { ReadableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';
import { baseCurrency } from './settings';

type Problem = z.output<typeof ledgerProblem>;

/** More problems than this and the ledger needs a person, not a longer list. */
const maxProblems = 200;

/**
 * Each rule as a query for the entries that break it: one place lists what "a sound ledger"
 * means, and a test breaks each rule behind the triggers' back to see it found.
 */
const rules: { problem: string; sql: string }[] = [
  {
    problem: 'The balance is below zero',
    sql: `SELECT customer_id, NULL AS entry_id FROM ledger_entries WHERE status IN ('confirmed', 'paid') AND (@customer IS NULL OR customer_id = @customer)
          GROUP BY customer_id HAVING total(amount) < 0`,
  },
  {
    problem: 'A credit that is not above zero',
    sql: `SELECT customer_id, id FROM ledger_entries WHERE kind NOT IN ('withdrawal', 'reversal') AND amount <= 0 AND (@customer IS NULL OR customer_id = @customer)`,
  },
  {
    problem: 'An amount in another currency than the base currency',
    sql: `SELECT customer_id, id FROM ledger_entries WHERE currency <> @base AND (@customer IS NULL OR customer_id = @customer)`,
  },
  {
    problem: 'A reversal that does not undo exactly one entry of the same customer',
    sql: `SELECT r.customer_id, r.id FROM ledger_entries r LEFT JOIN ledger_entries o ON o.id = r.reverses_id
          WHERE r.kind = 'reversal' AND (@customer IS NULL OR r.customer_id = @customer)
            AND (o.id IS NULL OR o.customer_id <> r.customer_id OR o.amount <> -r.amount OR o.kind = 'reversal')`,
  },
  {
    problem: 'A completed withdrawal without exactly its debit in the ledger',
    sql: `SELECT w.customer_id, w.ledger_entry_id FROM withdrawals w LEFT JOIN ledger_entries e ON e.id = w.ledger_entry_id
          WHERE w.status = 'completed' AND (@customer IS NULL OR w.customer_id = @customer)
            AND (e.id IS NULL OR e.kind <> 'withdrawal' OR e.amount <> -w.amount OR e.customer_id <> w.customer_id OR e.source_id <> w.id)`,
  },
  {
    problem: 'A withdrawal debit without a completed withdrawal',
    sql: `SELECT e.customer_id, e.id FROM ledger_entries e LEFT JOIN withdrawals w ON w.id = e.source_id
          WHERE e.kind = 'withdrawal' AND (@customer IS NULL OR e.customer_id = @customer)
            AND (w.id IS NULL OR w.status <> 'completed' OR w.ledger_entry_id <> e.id)`,
  },
  {
    problem: 'An affiliate bonus for an exchange that was not completed',
    sql: `SELECT e.customer_id, e.id FROM ledger_entries e LEFT JOIN exchanges x ON x.id = e.source_id
          WHERE e.kind = 'exchange_affiliate_bonus' AND (@customer IS NULL OR e.customer_id = @customer)
            AND (x.id IS NULL OR x.status NOT IN ('completed', 'refunded'))`,
  },
  {
    problem: 'An affiliate bonus of a refunded exchange that was not reversed or cancelled',
    sql: `SELECT e.customer_id, e.id FROM ledger_entries e JOIN exchanges x ON x.id = e.source_id
          WHERE e.kind = 'exchange_affiliate_bonus' AND x.status = 'refunded' AND e.status <> 'cancelled'
            AND (@customer IS NULL OR e.customer_id = @customer)
            AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id)`,
  },
];

/** Checks the ledger's rules for one customer or every customer; reads only. */
export function verifyLedger(db: ReadableDB, customerId: number | undefined) {
  const client = sqliteOf(db).$client;
  const who = customerId ?? null;
  const problems: Problem[] = [];
  for (const rule of rules) {
    const rows = client
      .prepare(`${rule.sql} LIMIT ${maxProblems - problems.length}`)
      .raw()
      .all({ customer: who, base: baseCurrency(db) }) as [number, number | null][];
    for (const [customer, entryId] of rows) problems.push({ customerId: customer, entryId, problem: rule.problem });
    if (problems.length >= maxProblems) break;
  }
  const counts = client
    .prepare(
      'SELECT count(DISTINCT customer_id) AS customers, count(*) AS entries FROM ledger_entries WHERE @customer IS NULL OR customer_id = @customer',
    )
    .get({ customer: who }) as { customers: number; entries: number };
  return { ...counts, problems };
}
