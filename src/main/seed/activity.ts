import { currencyOf } from '../../shared/money/currencies';
import { convert, shareOf, type Money } from '../../shared/money/money';
import type { ExchangeStatus } from '../../shared/exchanges/statuses';
import type { LedgerKind } from '../../shared/ledger/kinds';
import { withdrawalMethods, type WithdrawalMethod } from '../../shared/ledger/kinds';
import type { WritableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';
import { affiliateBonus } from '../exchanges/affiliate-bonus';
import { insertExchange } from '../exchanges/insert';
import { balanceMinor } from '../ledger/balance';
import { appendEntry } from '../ledger/entries';
import { baseCurrency } from '../ledger/settings';
import { insertWithdrawalRequest } from '../ledger/withdrawal-request';
import { declineRequest, payOut } from '../ledger/withdrawals';
import { insertReferral } from '../referrals/insert';
import { seededRandom } from './random';

/** A seeded customer as the activity needs it. */
export interface ActivityCustomer {
  id: number;
  createdAt: string;
  status: string;
}

/** What one unit of each traded currency was worth in USD, roughly: sample rates, not a feed. */
const usdValue: Record<string, number> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  RUB: 0.011,
  UAH: 0.024,
  TRY: 0.029,
  KZT: 0.0021,
  PLN: 0.25,
  BTC: 67_000,
  ETH: 3_500,
  USDT: 1,
  USDC: 1,
  LTC: 80,
  TRX: 0.12,
  XRP: 0.55,
  SOL: 150,
};
/** How often each currency is on one side of an exchange. */
const traded: readonly [string, number][] = [
  ['USDT', 30],
  ['BTC', 18],
  ['EUR', 10],
  ['ETH', 9],
  ['USD', 8],
  ['RUB', 6],
  ['UAH', 4],
  ['USDC', 4],
  ['TRX', 3],
  ['LTC', 2],
  ['GBP', 2],
  ['TRY', 1],
  ['KZT', 1],
  ['PLN', 1],
  ['XRP', 1],
  ['SOL', 1],
];
const statusWeights: readonly [ExchangeStatus, number][] = [
  ['completed', 74],
  ['cancelled', 6],
  ['timed_out', 6],
  ['declined', 2],
  ['refunded', 1],
  ['awaiting_payment', 4],
  ['processing', 3],
  ['on_hold', 4],
];
const declineReasons = [
  'Payout details belong to someone else',
  'Duplicate request',
  'Account under review',
  'Destination wallet is on a sanctions list',
];
const rewardReasons = [
  'Goodwill after a delayed payout',
  'Loyalty bonus',
  'Contest prize',
  'Compensation for a rate error',
];

/** The platform's margin on an exchange, in hundredths of a percent of what was sent. */
const marginHundredths = 50;
const dayMs = 86_400_000;

/** An exact decimal of about ten significant digits, without exponent: what a rate looks like. */
export function decimalText(value: number): string {
  const decimals = Math.min(20, Math.max(0, 9 - Math.floor(Math.log10(value))));
  const fixed = value.toFixed(decimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

const statements = preparedPerConnection((db) => ({
  share: db.$client.prepare<[number], number>('SELECT affiliate_profit_share FROM customers WHERE id = ?').pluck(),
  lastExchange: db.$client.prepare<[], number>('SELECT coalesce(max(id), 0) FROM exchanges').pluck(),
}));

/**
 * A seeded customer's activity, deterministic for a seed: exchanges across fiat and crypto
 * pairs, who referred them, their bonuses, the referrer's affiliate bonuses on their completed
 * exchanges, and withdrawals within what the balance holds. Written through the same write
 * paths as the handlers and the import, so the triggers check every entry.
 */
export class ActivityMaker {
  private readonly random: () => number;
  private readonly tradedWeight = traded.reduce((sum, [, weight]) => sum + weight, 0);
  private readonly statusWeight = statusWeights.reduce((sum, [, weight]) => sum + weight, 0);
  private readonly now = Date.now();
  private exchangeSerial = 0;

  constructor(
    seed: number,
    private readonly actor: string,
  ) {
    this.random = seededRandom(seed * 7919 + 17);
  }

  private weighted<T>(table: readonly [T, number][], total: number): T {
    let n = this.random() * total;
    for (const [value, weight] of table) {
      n -= weight;
      if (n < 0) return value;
    }
    return (table[0] as [T, number])[0];
  }

  private between(fromMs: number, toMs: number): string {
    return new Date(fromMs + this.random() * Math.max(0, toMs - fromMs)).toISOString();
  }

  /** References unique per serial, scrambled as a platform's are: serial x odd constant mod 36^8. */
  private reference(): string {
    this.exchangeSerial += 1;
    const scrambled = (BigInt(this.exchangeSerial) * 2_654_435_761n) % 36n ** 8n;
    return `EX-${scrambled.toString(36).toUpperCase().padStart(8, '0')}`;
  }

  /** `value` US dollars of a currency, in its minor units (no float digits past the sixth). */
  private minorOf(usd: number, currency: string): string {
    const digits = currencyOf(currency)?.digits ?? 2;
    const major = usd / (usdValue[currency] ?? 1);
    const kept = Math.min(digits, 6);
    return (BigInt(Math.max(1, Math.round(major * 10 ** kept))) * 10n ** BigInt(digits - kept)).toString();
  }

  private account(currency: string): string {
    const hex = () =>
      Math.floor(this.random() * 0xffffffff)
        .toString(16)
        .padStart(8, '0');
    if (currency === 'BTC' || currency === 'LTC') return `bc1q${hex()}${hex()}${hex()}${hex()}`.slice(0, 42);
    if (currency === 'ETH' || currency === 'USDC') return `0x${hex()}${hex()}${hex()}${hex()}${hex()}`;
    if (currency === 'USDT' || currency === 'TRX') return `T${hex()}${hex()}${hex()}${hex()}`.slice(0, 34);
    if (currencyOf(currency)?.crypto) return `${currency.toLowerCase()}:${hex()}${hex()}`;
    const digits = String(Math.floor(this.random() * 1e12)).padStart(12, '0');
    return this.random() < 0.5
      ? `4${digits.slice(0, 3)} •••• •••• ${digits.slice(-4)}`
      : `DE89 3704 0044 ${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8, 10)}`;
  }

  private exchangeCount(): number {
    if (this.random() < 0.3) return 0;
    return Math.min(200, 1 + Math.floor(-Math.log(1 - this.random()) * 13));
  }

  private credit(
    tx: WritableDB,
    customerId: number,
    kind: LedgerKind,
    amount: bigint,
    at: string,
    extra: Partial<Parameters<typeof appendEntry>[1]> = {},
  ) {
    appendEntry(tx, {
      customerId,
      kind,
      amount,
      currency: baseCurrency(tx),
      status: 'confirmed',
      source: 'platform',
      sourceId: null,
      actor: this.actor,
      at,
      ...extra,
    });
  }

  /** Adds the activity of customers just created, in their batch's transaction. */
  add(tx: WritableDB, customers: readonly ActivityCustomer[], firstEverId: number): void {
    const base = baseCurrency(tx);
    const baseValue = usdValue[base];
    if (baseValue === undefined) throw new Error(`The sample data has no rates for the base currency ${base}`);
    // A database seeded again goes on after its exchanges, so references stay unique.
    this.exchangeSerial ||= statements(tx).lastExchange.get() ?? 0;
    const credited = new Set<number>();
    for (const customer of customers) {
      const joined = Date.parse(customer.createdAt);
      const referrer =
        customer.id > firstEverId && this.random() < 0.25
          ? firstEverId + Math.floor(this.random() * (customer.id - firstEverId))
          : null;
      if (referrer !== null) {
        insertReferral(tx, customer.id, referrer, customer.createdAt);
        this.credit(tx, referrer, 'referral_signup_bonus', 200n, customer.createdAt, {
          source: 'referral',
          sourceId: customer.id,
        });
        credited.add(referrer);
      }
      if (this.random() < 0.35) {
        const recent = this.now - joined < 7 * dayMs;
        this.credit(
          tx,
          customer.id,
          'signup_bonus',
          BigInt(100 + Math.floor(this.random() * 5) * 100),
          customer.createdAt,
          { status: recent ? 'pending' : 'confirmed' },
        );
      }
      if (this.random() < 0.03) {
        this.credit(
          tx,
          customer.id,
          'admin_reward',
          BigInt(1000 + Math.floor(this.random() * 40) * 100),
          this.between(joined, this.now),
          {
            source: 'staff',
            reason: rewardReasons[Math.floor(this.random() * rewardReasons.length)] as string,
          },
        );
      }
      const share = referrer === null ? 0 : (statements(tx).share.get(referrer) ?? 0);
      for (let n = this.exchangeCount(); n > 0; n -= 1) {
        const sentCurrency = this.weighted(traded, this.tradedWeight);
        let receivedCurrency = this.weighted(traded, this.tradedWeight);
        if (receivedCurrency === sentCurrency) receivedCurrency = sentCurrency === 'USDT' ? 'BTC' : 'USDT';
        const usd = Math.exp(Math.log(20) + this.random() * Math.log(1000));
        const sent: Money = { amount: this.minorOf(usd, sentCurrency), currency: sentCurrency };
        const rate = decimalText(
          ((usdValue[sentCurrency] ?? 1) / (usdValue[receivedCurrency] ?? 1)) * (1 - marginHundredths / 10_000),
        );
        const fee = shareOf(sent, marginHundredths);
        const createdAt = this.between(joined, this.now);
        let status = this.weighted(statusWeights, this.statusWeight);
        // An exchange of a customer still waiting for approval is the one held for KYC.
        // Exchanges are held for KYC: a customer still waiting for approval has them, a verified one not.
        const waiting = customer.status === 'approval_pending';
        if (waiting && status === 'completed' && this.random() < 0.1) status = 'on_hold';
        if (!waiting && status === 'on_hold') status = 'processing';
        const profitBaseRate = decimalText((usdValue[sentCurrency] ?? 1) / baseValue);
        const id = insertExchange(
          tx,
          {
            reference: this.reference(),
            customerId: customer.id,
            createdAt,
            sent,
            received: convert(
              { amount: (BigInt(sent.amount) - BigInt(fee.amount)).toString(), currency: sentCurrency },
              rate,
              receivedCurrency,
            ),
            rate,
            fee,
            profit: fee,
            profitBaseRate,
            receivingAccount: this.account(receivedCurrency),
            status,
            statusChangedAt: new Date(
              Math.min(this.now, Date.parse(createdAt) + Math.floor(this.random() * 6 * 3_600_000)),
            ).toISOString(),
          },
          this.actor,
          'Sample data',
        );
        if (referrer !== null && (status === 'completed' || status === 'refunded')) {
          const bonus = BigInt(affiliateBonus(fee, profitBaseRate, base, share).amount);
          if (bonus > 0n) {
            // A refunded exchange's bonus was cancelled before it could be spent.
            this.credit(tx, referrer, 'exchange_affiliate_bonus', bonus, createdAt, {
              source: 'exchange',
              sourceId: id,
              status: status === 'refunded' ? 'cancelled' : 'confirmed',
            });
            credited.add(referrer);
          }
        }
      }
      credited.add(customer.id);
    }
    for (const customerId of credited) this.maybeWithdraw(tx, customerId, base);
  }

  /** Some customers with money ask for it: most are paid, some declined, some wait in the queue. */
  private maybeWithdraw(tx: WritableDB, customerId: number, currency: string): void {
    const { available } = balanceMinor(tx, customerId);
    if (available < 2000 || this.random() > 0.3) return;
    const amount = BigInt(Math.floor(available * (0.4 + this.random() * 0.5)));
    const method: WithdrawalMethod = withdrawalMethods[
      Math.floor(this.random() * withdrawalMethods.length)
    ] as WithdrawalMethod;
    const requestedAt = this.between(this.now - 60 * dayMs, this.now);
    const destination =
      method === 'paypal'
        ? `payout${customerId}@example.com`
        : this.account(method === 'crypto_wallet' ? 'USDT' : 'EUR');
    const id = insertWithdrawalRequest(tx, { customerId, amount, currency, method, destination, requestedAt });
    const fate = this.random();
    const decidedAt = new Date(Date.parse(requestedAt) + 3_600_000).toISOString();
    if (fate < 0.6) payOut(tx, id, `PAYOUT-${String(id).padStart(8, '0')}`, this.actor, decidedAt);
    else if (fate < 0.75)
      declineRequest(
        tx,
        id,
        declineReasons[Math.floor(this.random() * declineReasons.length)] as string,
        this.actor,
        decidedAt,
      );
  }
}
