import { ApiError } from '../../shared/errors';
import type { ReadableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';

export interface CustomerHeadline {
  id: number;
  name: string;
  email: string;
  affiliateProfitShare: number;
  exchangeMonitorId: number | null;
}

/** The name as lists show it: first name first. */
export const customerNameSql = (alias: string) =>
  `trim(${alias}.first_name || ' ' || coalesce(${alias}.last_name, ''))`;

const statements = preparedPerConnection((db) => ({
  headline: db.$client.prepare<[number], CustomerHeadline>(
    `SELECT id, ${customerNameSql('c')} AS name, email, affiliate_profit_share AS affiliateProfitShare,
            exchange_monitor_id AS exchangeMonitorId FROM customers c WHERE id = ?`,
  ),
}));

/** Who an activity record belongs to, in one indexed read; NOT_FOUND when there is no such customer. */
export function customerHeadline(db: ReadableDB, id: number): CustomerHeadline {
  const found = statements(db).headline.get(id);
  if (!found) throw new ApiError('NOT_FOUND', `Customer #${id} does not exist`);
  return found;
}
