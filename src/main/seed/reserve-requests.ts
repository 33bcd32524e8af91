import type { WritableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';
import { ActivityPart, type SeedSubject } from './picker';
import { minorOfUsd } from './sample-rates';

/** What customers ask to have held: large amounts, mostly of the currencies that run short. */
const reserved: readonly [string, number][] = [
  ['BTC', 25],
  ['USDT', 25],
  ['ETH', 15],
  ['EUR', 10],
  ['USD', 8],
  ['USDC', 6],
  ['RUB', 4],
  ['GBP', 3],
  ['SOL', 2],
  ['LTC', 2],
];
const notes = [
  'Planning to exchange on Friday',
  'Need it before the end of the month',
  'Will pay from my bank account, can take two days',
  'Please hold for 48 hours',
  'Large payout, can split it in two',
];
const answers = [
  'Reserve confirmed: held for 48 hours from now.',
  'We can hold this amount until tomorrow evening.',
  'We can hold half of it now and the rest after the weekend.',
  'Sorry, the reserve is short this week. Try a smaller amount.',
  'Held. Please start the exchange from your account when ready.',
];
const dayMs = 86_400_000;

const statements = preparedPerConnection((db) => ({
  request: db.$client.prepare(
    `INSERT INTO reserve_requests (customer_id, currency, amount, note, status, requested_at, answered_at,
       answered_by, answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
}));

/**
 * A few customers' reserve requests, in exact minor units of their currency: recent ones mostly
 * pending (the queue), older ones answered by staff or cancelled by the customer.
 */
export class ReserveRequestMaker extends ActivityPart {
  add(tx: WritableDB, { id: customerId, joinedMs }: SeedSubject): void {
    const p = this.picker;
    if (!p.chance(0.08)) return;
    for (let n = p.chance(0.2) ? 2 : 1; n > 0; n -= 1) {
      const currency = p.weighted(reserved);
      const usd = Math.exp(Math.log(1_000) + p.random() * Math.log(100));
      const requestedMs = Date.parse(p.between(Math.max(joinedMs, this.now - 120 * dayMs), this.now));
      const pending = p.chance(this.now - requestedMs < 14 * dayMs ? 0.8 : 0.01);
      const answered = !pending && p.chance(0.75);
      // A cancelled request has no answer: the customer withdrew it before staff replied.
      const answeredAt = new Date(Math.min(this.now, requestedMs + p.random() * dayMs)).toISOString();
      statements(tx).request.run(
        customerId,
        currency,
        minorOfUsd(usd, currency),
        p.chance(0.5) ? p.pick(notes) : null,
        pending ? 'pending' : answered ? 'answered' : 'cancelled',
        new Date(requestedMs).toISOString(),
        answered ? answeredAt : null,
        answered ? this.actor : null,
        answered ? p.pick(answers) : null,
      );
    }
  }
}
