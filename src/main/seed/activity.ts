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
import { Picker, scrambledReference } from './picker';
import { seededRandom } from './random';
import { ReserveRequestMaker } from './reserve-requests';
import { ReviewMaker, type CompletedExchange } from './reviews';
import { SessionMaker } from './sessions';
import { TicketMaker } from './tickets';
import { minorOfUsd, traded, usdValue } from './sample-rates';

/** A seeded customer as the activity needs it. */
export interface ActivityCustomer {
  id: number;
  createdAt: string;
  status: string;
  country: string | null;
}

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
 * exchanges, withdrawals within what the balance holds, then reviews of completed exchanges,
 * reserve requests, support tickets and sessions. Exchanges and the ledger go through the same
 * write paths as the handlers and the import; everything goes past the same triggers.
 */
export class ActivityMaker {
  private readonly random: () => number;
  private readonly picker: Picker;
  private readonly reviews: ReviewMaker;
  private readonly reserveRequests: ReserveRequestMaker;
  private readonly tickets: TicketMaker;
  private readonly sessions: SessionMaker;
  private readonly now = Date.now();
  private exchangeSerial = 0;

  constructor(
    seed: number,
    private readonly actor: string,
  ) {
    this.random = seededRandom(seed * 7919 + 17);
    this.picker = new Picker(this.random);
    // A stream of its own, so the exchanges and the ledger stay what they were before these came.
    const voice = new Picker(seededRandom(seed * 104_729 + 31));
    this.reviews = new ReviewMaker(voice, actor, this.now);
    this.reserveRequests = new ReserveRequestMaker(voice, actor, this.now);
    this.tickets = new TicketMaker(voice, actor, this.now);
    this.sessions = new SessionMaker(voice, actor, this.now);
  }

  private reference(): string {
    this.exchangeSerial += 1;
    return scrambledReference('EX-', this.exchangeSerial);
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
          this.picker.between(joined, this.now),
          {
            source: 'staff',
            reason: rewardReasons[Math.floor(this.random() * rewardReasons.length)] as string,
          },
        );
      }
      const completed: CompletedExchange[] = [];
      const share = referrer === null ? 0 : (statements(tx).share.get(referrer) ?? 0);
      for (let n = this.exchangeCount(); n > 0; n -= 1) {
        const sentCurrency = this.picker.weighted(traded);
        let receivedCurrency = this.picker.weighted(traded);
        if (receivedCurrency === sentCurrency) receivedCurrency = sentCurrency === 'USDT' ? 'BTC' : 'USDT';
        const usd = Math.exp(Math.log(20) + this.random() * Math.log(1000));
        const sent: Money = { amount: minorOfUsd(usd, sentCurrency), currency: sentCurrency };
        const rate = decimalText(
          ((usdValue[sentCurrency] ?? 1) / (usdValue[receivedCurrency] ?? 1)) * (1 - marginHundredths / 10_000),
        );
        const fee = shareOf(sent, marginHundredths);
        const createdAt = this.picker.between(joined, this.now);
        let status = this.picker.weighted(statusWeights);
        // An exchange of a customer still waiting for approval is the one held for KYC.
        // Exchanges are held for KYC: a customer still waiting for approval has them, a verified one not.
        const waiting = customer.status === 'approval_pending';
        if (waiting && status === 'completed' && this.random() < 0.1) status = 'on_hold';
        if (!waiting && status === 'on_hold') status = 'processing';
        const receivingAccount = this.account(receivedCurrency);
        const statusChangedAt = new Date(
          Math.min(this.now, Date.parse(createdAt) + Math.floor(this.random() * 6 * 3_600_000)),
        ).toISOString();
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
            receivingAccount,
            status,
            statusChangedAt,
          },
          this.actor,
          'Sample data',
        );
        if (status === 'completed') {
          completed.push({ id, completedAt: statusChangedAt, sent: sentCurrency, received: receivedCurrency });
        }
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
      const subject = { id: customer.id, joinedMs: joined, status: customer.status, country: customer.country };
      this.reviews.add(tx, subject, completed);
      this.reserveRequests.add(tx, subject);
      this.tickets.add(tx, subject);
      this.sessions.add(tx, subject);
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
    const requestedAt = this.picker.between(this.now - 60 * dayMs, this.now);
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
