import { ApiError } from '../../shared/errors';
import type { ExchangeRecord } from '../../shared/exchanges/contract';
import { convert, formatMoney, shareOf, type Money } from '../../shared/money/money';
import { customerHeadline } from '../customers/headline';
import type { WritableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';
import { balanceMinor } from '../ledger/balance';
import { appendEntry } from '../ledger/entries';
import { baseCurrency } from '../ledger/settings';

/**
 * The referrer's exchange affiliate bonus on an exchange: the profit converted to the base
 * currency, then their affiliate profit share of it (hundredths of a percent), each step rounded
 * down to a minor unit, so the platform never credits more than it earned.
 */
export function affiliateBonus(profit: Money, profitBaseRate: string, base: string, shareHundredths: number): Money {
  return shareOf(convert(profit, profitBaseRate, base), shareHundredths);
}

function referrerOf(tx: WritableDB, customerId: number): number | null {
  const row = sqliteOf(tx)
    .$client.prepare('SELECT referrer_id AS id FROM referrals WHERE referred_id = ?')
    .get(customerId) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Completing an exchange credits the customer's referrer, if any, in the same transaction. */
export function creditReferrer(tx: WritableDB, exchange: ExchangeRecord, actor: string, at: string): void {
  if (exchange.affiliateBonus) return;
  const referrerId = referrerOf(tx, exchange.customerId);
  if (referrerId === null) return;
  const referrer = customerHeadline(tx, referrerId);
  const base = baseCurrency(tx);
  const bonus = affiliateBonus(exchange.profit, exchange.profitBaseRate, base, referrer.affiliateProfitShare);
  if (BigInt(bonus.amount) <= 0n) return;
  appendEntry(tx, {
    customerId: referrerId,
    kind: 'exchange_affiliate_bonus',
    amount: BigInt(bonus.amount),
    currency: base,
    status: 'confirmed',
    source: 'exchange',
    sourceId: exchange.id,
    actor,
    at,
  });
}

/**
 * Refunding a completed exchange takes its affiliate bonus back: a pending bonus is cancelled,
 * a confirmed or paid one reversed. Refused when the referrer has already spent it.
 */
export function takeBackBonus(
  tx: WritableDB,
  exchange: ExchangeRecord,
  actor: string,
  at: string,
  reason: string,
): void {
  const bonus = exchange.affiliateBonus;
  if (!bonus || bonus.status === 'cancelled') return;
  const client = sqliteOf(tx).$client;
  if (client.prepare('SELECT 1 FROM ledger_entries WHERE reverses_id = ?').get(bonus.entryId)) return;
  if (bonus.status === 'pending') {
    client
      .prepare(`UPDATE ledger_entries SET status = 'cancelled', status_changed_at = ? WHERE id = ?`)
      .run(at, bonus.entryId);
    return;
  }
  const { available } = balanceMinor(tx, bonus.referrerId);
  if (BigInt(available) < BigInt(bonus.amount.amount)) {
    throw new ApiError(
      'CONFLICT',
      `The referrer's balance (${formatMoney({ amount: String(available), currency: bonus.amount.currency }, 'en-US')}) cannot give back the ${formatMoney(bonus.amount, 'en-US')} affiliate bonus of this exchange; nothing was changed`,
    );
  }
  appendEntry(tx, {
    customerId: bonus.referrerId,
    kind: 'reversal',
    amount: -BigInt(bonus.amount.amount),
    currency: bonus.amount.currency,
    status: 'confirmed',
    source: 'exchange',
    sourceId: exchange.id,
    reversesId: bonus.entryId,
    reason,
    actor,
    at,
  });
}
