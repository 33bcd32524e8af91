import type { CustomerDashboard } from '../../shared/dashboard/contract';
import { openExchangeStatuses, type ExchangeStatus } from '../../shared/exchanges/statuses';
import { ApiError } from '../../shared/errors';
import type { HandlerTable } from '../api';
import type { ReadableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';
import type { Storage } from '../db/storage';
import { balanceOf } from '../ledger/balance';
import { baseCurrency } from '../ledger/settings';

/** Referral earnings: the two referral bonuses and the reversals of them, not cancelled. */
const referralEarningWhere = `status <> 'cancelled' AND (kind IN ('referral_signup_bonus', 'exchange_affiliate_bonus')
  OR (kind = 'reversal' AND source IN ('exchange', 'referral')))`;

/** Every figure an index range of its own: the dashboard reads no table it does not need. */
const statements = preparedPerConnection((db) => {
  const prepare = db.$client.prepare.bind(db.$client);
  return {
    profile: prepare(
      `SELECT discount, affiliate_profit_share AS affiliateProfitShare, verification_progress AS verificationProgress,
              exchange_monitor_id AS monitorId FROM customers WHERE id = ?`,
    ),
    exchanges: prepare('SELECT status, count(*) AS n FROM exchanges WHERE customer_id = ? GROUP BY status'),
    referrals: prepare('SELECT count(*) AS n FROM referrals WHERE referrer_id = ?'),
    reviews: prepare('SELECT count(*) AS n FROM reviews WHERE customer_id = ?'),
    pendingReserveRequests: prepare(
      `SELECT count(*) AS n FROM reserve_requests WHERE customer_id = ? AND status = 'pending'`,
    ),
    earning: prepare(
      `SELECT total(amount) AS total FROM ledger_entries WHERE customer_id = ? AND ${referralEarningWhere}`,
    ),
    pendingWithdrawals: prepare(
      `SELECT count(*) AS n, total(amount) AS total FROM withdrawals WHERE customer_id = ? AND status = 'pending'`,
    ),
    completedWithdrawals: prepare(
      `SELECT count(*) AS n, total(amount) AS total FROM withdrawals WHERE customer_id = ? AND status = 'completed'`,
    ),
    exchangeBonus: prepare(
      `SELECT total(amount) AS total FROM ledger_entries WHERE customer_id = ? AND status <> 'cancelled' AND source = 'exchange'
          AND kind IN ('exchange_affiliate_bonus', 'reversal')`,
    ),
    referredExchanges: prepare(
      `SELECT count(*) AS n FROM referrals r JOIN exchanges x ON x.customer_id = r.referred_id
        WHERE r.referrer_id = ? AND x.status = 'completed'`,
    ),
    monitor: prepare('SELECT id, name, url, active FROM exchange_monitors WHERE id = ?'),
  };
});

interface Profile {
  discount: number;
  affiliateProfitShare: number;
  verificationProgress: number;
  monitorId: number | null;
}
type Count = { n: number };
type Sum = { n: number; total: number };

const open = new Set<ExchangeStatus>(openExchangeStatuses);

export function customerDashboard(db: ReadableDB, id: number): CustomerDashboard {
  const sql = statements(db);
  const profile = sql.profile.get(id) as Profile | undefined;
  if (!profile) throw new ApiError('NOT_FOUND', `Customer #${id} does not exist`);
  const currency = baseCurrency(db);
  const money = (minor: number) => ({ amount: String(minor), currency });
  const exchanges = { total: 0, completed: 0, pending: 0, onHold: 0 };
  for (const { status, n } of sql.exchanges.all(id) as { status: ExchangeStatus; n: number }[]) {
    exchanges.total += n;
    if (status === 'completed') exchanges.completed += n;
    if (open.has(status)) exchanges.pending += n;
    if (status === 'on_hold') exchanges.onHold += n;
  }
  const pending = sql.pendingWithdrawals.get(id) as Sum;
  const monitor =
    profile.monitorId === null
      ? undefined
      : (sql.monitor.get(profile.monitorId) as
          { id: number; name: string; url: string | null; active: number } | undefined);
  const balance = balanceOf(db, id, currency);
  let referralDashboard: CustomerDashboard['referralDashboard'] = null;
  if (monitor) {
    const completed = sql.completedWithdrawals.get(id) as Sum;
    referralDashboard = {
      monitor: { ...monitor, active: monitor.active === 1 },
      profitShare: profile.affiliateProfitShare,
      referredExchanges: (sql.referredExchanges.get(id) as Count).n,
      withdrawals: completed.n,
      totalWithdrawn: money(completed.total),
      bonusFromExchanges: money((sql.exchangeBonus.get(id) as Sum).total),
    };
  }
  return {
    balance,
    exchanges,
    reviews: (sql.reviews.get(id) as Count).n,
    referrals: (sql.referrals.get(id) as Count).n,
    referralEarning: money((sql.earning.get(id) as Sum).total),
    pendingReserveRequests: (sql.pendingReserveRequests.get(id) as Count).n,
    pendingWithdrawals: { count: pending.n, amount: money(pending.total) },
    discount: profile.discount,
    affiliateProfitShare: profile.affiliateProfitShare,
    verificationProgress: profile.verificationProgress,
    referralDashboard,
  };
}

export function dashboardHandlers(storage: Storage): HandlerTable<'customers.dashboard'> {
  return { 'customers.dashboard': ({ id }) => storage.read((db) => customerDashboard(db, id)) };
}
