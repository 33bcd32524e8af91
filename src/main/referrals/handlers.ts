import { referralCode } from '../../shared/referrals/code';
import type { Referral } from '../../shared/referrals/contract';
import type { HandlerTable } from '../api';
import { customerHeadline, customerNameSql } from '../customers/headline';
import { afterCursor, decodeCursor, encodeCursor } from '../db/keyset';
import { sqliteOf } from '../db/sqlite/database';
import type { Storage } from '../db/storage';
import { baseCurrency } from '../ledger/settings';

/** What a referrer earned from one referred customer: their signup bonus and their exchanges' bonuses, net of reversals. */
export const earnedFromSql = (referrer: string, referred: string) => `(SELECT total(e.amount) FROM ledger_entries e
  WHERE e.customer_id = ${referrer} AND e.status <> 'cancelled'
    AND ((e.source = 'referral' AND e.source_id = ${referred})
      OR (e.source = 'exchange' AND e.source_id IN (SELECT x.id FROM exchanges x WHERE x.customer_id = ${referred}))))`;

type Row = Omit<Referral, 'earned'> & { earned: number };

export function referralsHandlers(storage: Storage): HandlerTable<'referrals.list'> {
  return {
    'referrals.list': ({ customerId, cursor, limit }) =>
      storage.read((db) => {
        customerHeadline(db, customerId);
        const client = sqliteOf(db).$client;
        const currency = baseCurrency(db);
        const after = cursor ? afterCursor(['r.joined_at', 'r.referred_id'], '<', decodeCursor(cursor, 2)) : null;
        const rows = client
          .prepare(
            `SELECT r.referred_id AS customerId, ${customerNameSql('c')} AS name, c.email, r.joined_at AS joinedAt,
                    (SELECT count(*) FROM exchanges x WHERE x.customer_id = r.referred_id AND x.status = 'completed') AS completedExchanges,
                    ${earnedFromSql('r.referrer_id', 'r.referred_id')} AS earned
               FROM referrals r JOIN customers c ON c.id = r.referred_id
              WHERE r.referrer_id = ? ${after ? `AND ${after.sql}` : ''}
              ORDER BY r.joined_at DESC, r.referred_id DESC LIMIT ?`,
          )
          .all(customerId, ...(after?.params ?? []), limit + 1) as Row[];
        const referredBy = client
          .prepare(
            `SELECT c.id, ${customerNameSql('c')} AS name FROM referrals r JOIN customers c ON c.id = r.referrer_id WHERE r.referred_id = ?`,
          )
          .get(customerId) as { id: number; name: string } | undefined;
        const items = rows.slice(0, limit).map((row) => ({ ...row, earned: { amount: String(row.earned), currency } }));
        const last = items.at(-1);
        return {
          referralCode: referralCode(customerId),
          referredBy: referredBy ?? null,
          items,
          nextCursor: rows.length > limit && last ? encodeCursor([last.joinedAt, last.customerId]) : null,
        };
      }),
  };
}
