import type { WritableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';

const statements = preparedPerConnection((db) => ({
  referral: db.$client.prepare('INSERT INTO referrals (referred_id, referrer_id, joined_at) VALUES (?, ?, ?)'),
}));

/** Records that `referredId` signed up through `referrerId`'s referral id (once; not themselves). */
export function insertReferral(tx: WritableDB, referredId: number, referrerId: number, joinedAt: string): void {
  statements(tx).referral.run(referredId, referrerId, joinedAt);
}
