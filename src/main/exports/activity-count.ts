import type { z } from 'zod';
import { exchangeCountCap, type ExchangeFilters } from '../../shared/exchanges/contract';
import type { activityExportInput } from '../../shared/exports/activity';
import { customerFacingMessageKinds } from '../../shared/tickets/statuses';
import type { ReadableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';
import { countExchanges } from '../exchanges/sqlite-exchanges';

type Counted = { total: number; capped: boolean };
type Input = z.output<typeof activityExportInput>;

/** A customer's ledger entries, for an export's progress (a customer has few). */
export function countLedger(db: ReadableDB, customerId: number): Counted {
  return countRows(db, 'SELECT 1 FROM ledger_entries WHERE customer_id = ?', [customerId]);
}

/** Rows of `from`, counted up to the exchange list's cap (beyond it the progress shows rows written). */
function countRows(db: ReadableDB, from: string, params: readonly number[]): Counted {
  const total = sqliteOf(db)
    .$client.prepare(`SELECT count(*) FROM (${from} LIMIT ?)`)
    .pluck()
    .get([...params, exchangeCountCap + 1]) as number;
  return { total: Math.min(total, exchangeCountCap), capped: total > exchangeCountCap };
}

const ofCustomer = (table: string, customerId: number | undefined) =>
  customerId === undefined
    ? { from: `SELECT 1 FROM ${table}`, params: [] }
    : { from: `SELECT 1 FROM ${table} WHERE customer_id = ?`, params: [customerId] };

const shownKinds = customerFacingMessageKinds.map((kind) => `'${kind}'`).join(', ');

/** How many rows an activity export will write, for its progress bar. */
export function countActivity(db: ReadableDB, input: Input): Counted {
  switch (input.kind) {
    case 'exchanges':
      return countExchanges(db, input.filters);
    case 'ledger':
      return countLedger(db, input.customerId);
    case 'reviews': {
      const { from, params } = ofCustomer('reviews', input.customerId);
      return countRows(db, from, params);
    }
    case 'reserveRequests': {
      const { from, params } = ofCustomer('reserve_requests', input.customerId);
      return countRows(db, from, params);
    }
    case 'tickets':
      return countRows(
        db,
        `SELECT 1 FROM tickets t JOIN ticket_messages m ON m.ticket_id = t.id
          WHERE t.customer_id = ? AND m.kind IN (${shownKinds})`,
        [input.customerId],
      );
    case 'sessions':
      return countRows(db, 'SELECT 1 FROM customer_sessions WHERE customer_id = ?', [input.customerId]);
  }
}

/** "12 exchanges of customer #4", "10,000+ exchanges": what an exchange export's job is called. */
export function exportedExchanges(filters: ExchangeFilters, counted: Counted) {
  const count = countText(counted, 'exchange', 'exchanges');
  return filters.customerId ? `${count} of customer #${filters.customerId}` : count;
}

function countText({ total, capped }: Counted, one: string, many: string): string {
  return `${total.toLocaleString('en')}${capped ? '+' : ''} ${total === 1 && !capped ? one : many}`;
}

const nouns = {
  reviews: ['review', 'reviews'],
  reserveRequests: ['reserve request', 'reserve requests'],
  tickets: ['ticket message', 'ticket messages'],
  sessions: ['session', 'sessions'],
} as const;

/** What an activity export's job is called: "the ledger of customer #4", "3 sessions of customer #4". */
export function exportedActivity(input: Input, counted: Counted): string {
  if (input.kind === 'exchanges') return exportedExchanges(input.filters, counted);
  if (input.kind === 'ledger') return `the ledger of customer #${input.customerId}`;
  const [one, many] = nouns[input.kind];
  const count = countText(counted, one, many);
  return input.customerId === undefined ? count : `${count} of customer #${input.customerId}`;
}
