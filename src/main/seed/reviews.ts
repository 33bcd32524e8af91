import type { WritableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';
import { ActivityPart, type SeedSubject } from './picker';

/** A completed exchange of the customer being seeded: what a review can be about. */
export interface CompletedExchange {
  id: number;
  completedAt: string;
  sent: string;
  received: string;
}

/** Customers of an exchanger rate it high; the unhappy few are loud. */
const ratingWeights: readonly [number, number][] = [
  [5, 56],
  [4, 24],
  [3, 8],
  [2, 5],
  [1, 7],
];
const praise = [
  'Fast and reliable, the {received} arrived in minutes.',
  'Exchanged {sent} to {received} at a fair rate, no surprises.',
  'Second time using this service, smooth as before.',
  'Support answered quickly when I asked about the rate.',
  'Good rate for {sent}, payout came faster than promised.',
  'Everything as described. Will exchange here again.',
];
const middling = [
  'The exchange went through but took longer than the site said.',
  'Rate for {sent} was a bit worse than elsewhere, otherwise fine.',
  'Had to ask support twice before the {received} arrived.',
];
const complaints = [
  'Waited almost a day for my {received}, no updates in between.',
  'The rate changed after I paid. Not happy.',
  'Verification asked for the same document three times.',
  'Support took two days to reply about my {sent} payment.',
];
/** What a review hidden by a moderator broke. */
const hideReasons = [
  'Contains the customer’s wallet address and phone number',
  'Advertises another exchange',
  'Offensive language',
  'Not about an exchange on this platform',
  'Duplicate of an earlier review',
];
const approveNotes = ['Checked against the exchange', 'Verified customer'];
const dayMs = 86_400_000;

const statements = preparedPerConnection((db) => ({
  review: db.$client.prepare(
    `INSERT INTO reviews (customer_id, exchange_id, rating, text, status, source, created_at, created_by,
       moderated_at, moderated_by, moderation_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
}));

/**
 * Reviews of a customer's completed exchanges (about one in four gets one, never two), and now
 * and then one written down by staff without an exchange. Older ones are moderated, recent
 * ones mostly wait in the queue; the tallies follow through the triggers.
 */
export class ReviewMaker extends ActivityPart {
  private text(rating: number, exchange: CompletedExchange | null): string {
    const p = this.picker;
    const template = p.pick(rating >= 4 ? praise : rating === 3 ? middling : complaints);
    return template.replace('{sent}', exchange?.sent ?? 'USDT').replace('{received}', exchange?.received ?? 'BTC');
  }

  add(tx: WritableDB, { id: customerId, joinedMs }: SeedSubject, completed: readonly CompletedExchange[]): void {
    const p = this.picker;
    for (const exchange of completed) {
      if (p.chance(0.25)) this.insert(tx, customerId, exchange, Date.parse(exchange.completedAt));
    }
    if (p.chance(0.01)) this.insert(tx, customerId, null, joinedMs);
  }

  private insert(tx: WritableDB, customerId: number, exchange: CompletedExchange | null, afterMs: number): void {
    const p = this.picker;
    const rating = p.weighted(ratingWeights);
    const createdMs = Math.min(this.now, afterMs + p.random() * 3 * dayMs);
    const recent = this.now - createdMs < 14 * dayMs;
    const pending = p.chance(recent ? 0.7 : 0.01);
    // Moderators hide mostly the low ratings that break the rules, rarely a glowing one.
    const hidden = !pending && p.chance(rating <= 2 ? 0.3 : 0.05);
    const moderatedAt = pending ? null : new Date(Math.min(this.now, createdMs + p.random() * 2 * dayMs)).toISOString();
    statements(tx).review.run(
      customerId,
      exchange?.id ?? null,
      rating,
      this.text(rating, exchange),
      pending ? 'pending' : hidden ? 'hidden' : 'approved',
      exchange ? 'customer' : 'staff',
      new Date(createdMs).toISOString(),
      exchange ? null : this.actor,
      moderatedAt,
      pending ? null : this.actor,
      hidden ? p.pick(hideReasons) : !pending && p.chance(0.1) ? p.pick(approveNotes) : null,
    );
  }
}
