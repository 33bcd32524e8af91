import { exchangeStatuses, exchangeStatusLabels } from '../exchanges/statuses';
import {
  ledgerKindLabels,
  ledgerKinds,
  ledgerStatuses,
  ledgerStatusLabels,
  withdrawalMethodLabels,
  withdrawalMethods,
} from '../ledger/kinds';

/** How a column's value is written to a file and read back (exact text, never a float). */
export type ActivityValueType = 'text' | 'amount' | 'currency' | 'decimal' | 'datetime';

/** The values of a choice column, their labels, and the words files use for them (folded to lower case). */
export interface ChoiceOptions {
  values: readonly string[];
  labels: Record<string, string>;
  aliases: Record<string, string>;
}

/**
 * One column of the platform's exchange or ledger export: the import reads it (by its key, label
 * or an alias) and our export writes it, so a file we write imports back.
 */
export interface ActivityColumn {
  label: string;
  aliases: readonly string[];
  example: string;
  required: boolean;
  type: ActivityValueType;
  /** For an amount: the key of the column that holds its currency. */
  currencyIn?: string;
  options?: ChoiceOptions;
}

function choices<V extends string>(
  values: readonly V[],
  labels: Record<V, string>,
  words: Record<string, V>,
): ChoiceOptions {
  const aliases: Record<string, string> = { ...words };
  for (const value of values) {
    aliases[value] = value;
    aliases[labels[value].toLowerCase()] = value;
    aliases[value.replaceAll('_', ' ')] = value;
  }
  return { values, labels, aliases };
}

/** Which customer a row is: by email or by reference ID (at least one of them). */
const customerColumns = {
  customerEmail: {
    label: 'Customer email',
    aliases: ['email', 'e-mail', 'user email', 'client email', 'customer e-mail'],
    example: 'amelia.hartmann@example.com',
    required: false,
    type: 'text',
  },
  customerReferenceId: {
    label: 'Customer reference ID',
    aliases: ['customer reference', 'reference id', 'customer ref', 'user id', 'client id', 'customer id'],
    example: 'CUS-10042',
    required: false,
    type: 'text',
  },
} as const satisfies Record<string, ActivityColumn>;

export const exchangeColumns = {
  reference: {
    label: 'Reference',
    aliases: ['order', 'order id', 'order number', 'exchange id', 'exchange reference', 'reference number', 'ref'],
    example: 'EX-7K3M9Q2A',
    required: true,
    type: 'text',
  },
  ...customerColumns,
  createdAt: {
    label: 'Created at',
    aliases: ['date', 'created', 'order date', 'created on', 'time', 'datum'],
    example: '2026-11-02T10:00:00Z',
    required: true,
    type: 'datetime',
  },
  sentAmount: {
    label: 'Sent amount',
    aliases: ['amount sent', 'send amount', 'you send', 'amount from', 'give amount'],
    example: '1 234,50',
    required: true,
    type: 'amount',
    currencyIn: 'sentCurrency',
  },
  sentCurrency: {
    label: 'Sent currency',
    aliases: ['currency sent', 'send currency', 'from currency', 'from', 'give currency'],
    example: 'EUR',
    required: true,
    type: 'currency',
  },
  receivedAmount: {
    label: 'Received amount',
    aliases: ['amount received', 'receive amount', 'you get', 'amount to', 'get amount'],
    example: '0.01325',
    required: true,
    type: 'amount',
    currencyIn: 'receivedCurrency',
  },
  receivedCurrency: {
    label: 'Received currency',
    aliases: ['currency received', 'receive currency', 'to currency', 'to', 'get currency'],
    example: 'BTC',
    required: true,
    type: 'currency',
  },
  rate: {
    label: 'Rate',
    aliases: ['exchange rate', 'course', 'kurs'],
    example: '0.0000107',
    required: true,
    type: 'decimal',
  },
  fee: {
    label: 'Fee',
    aliases: ['fees', 'commission', 'fee amount', 'gebühr'],
    example: '2,50',
    required: false,
    type: 'amount',
    currencyIn: 'sentCurrency',
  },
  profit: {
    label: 'Profit',
    aliases: ['profit amount', 'margin', 'earnings'],
    example: '12,35',
    required: false,
    type: 'amount',
    currencyIn: 'profitCurrency',
  },
  profitCurrency: {
    label: 'Profit currency',
    aliases: ['currency of profit', 'margin currency'],
    example: 'EUR',
    required: false,
    type: 'currency',
  },
  profitBaseRate: {
    label: 'Profit base rate',
    aliases: ['profit rate', 'base rate', 'rate to base currency'],
    example: '1.08',
    required: false,
    type: 'decimal',
  },
  profitInBase: {
    label: 'Profit in base currency',
    aliases: ['profit base', 'profit in base', 'profit (base currency)', 'base profit'],
    example: '13,33',
    required: false,
    type: 'amount',
  },
  receivingAccount: {
    label: 'Receiving account',
    aliases: ['account', 'wallet', 'iban', 'destination', 'receiving wallet', 'payout account'],
    example: 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
    required: false,
    type: 'text',
  },
  status: {
    label: 'Status',
    aliases: ['state', 'order status', 'exchange status'],
    example: 'Completed',
    required: true,
    type: 'text',
    options: choices(exchangeStatuses, exchangeStatusLabels, {
      new: 'awaiting_payment',
      pending: 'awaiting_payment',
      unpaid: 'awaiting_payment',
      'waiting for payment': 'awaiting_payment',
      paid: 'processing',
      'in progress': 'processing',
      hold: 'on_hold',
      held: 'on_hold',
      done: 'completed',
      success: 'completed',
      finished: 'completed',
      rejected: 'declined',
      refund: 'refunded',
      expired: 'timed_out',
      timeout: 'timed_out',
      canceled: 'cancelled',
    }),
  },
} as const satisfies Record<string, ActivityColumn>;

/** The entries an import may bring: every kind but a reversal, which names the entry it undoes. */
export const importedLedgerKinds = ledgerKinds.filter((kind) => kind !== 'reversal');

export const ledgerColumns = {
  ...customerColumns,
  kind: {
    label: 'Kind',
    aliases: ['type', 'transaction type', 'entry type', 'record type'],
    example: 'Signup bonus',
    required: true,
    type: 'text',
    options: choices(importedLedgerKinds, ledgerKindLabels, {
      'sign up bonus': 'signup_bonus',
      'registration bonus': 'signup_bonus',
      'referral bonus': 'referral_signup_bonus',
      'affiliate bonus': 'exchange_affiliate_bonus',
      'exchange bonus': 'exchange_affiliate_bonus',
      reward: 'admin_reward',
      'admin bonus': 'admin_reward',
      payout: 'withdrawal',
    }),
  },
  amount: {
    label: 'Amount',
    aliases: ['sum', 'value', 'betrag'],
    example: '10,00',
    required: true,
    type: 'amount',
    currencyIn: 'currency',
  },
  currency: {
    label: 'Currency',
    aliases: ['ccy', 'währung'],
    example: 'USD',
    required: false,
    type: 'currency',
  },
  status: {
    label: 'Status',
    aliases: ['state', 'entry status'],
    example: 'Confirmed',
    required: true,
    type: 'text',
    options: choices(ledgerStatuses, ledgerStatusLabels, {
      approved: 'confirmed',
      credited: 'confirmed',
      done: 'paid',
      'paid out': 'paid',
      canceled: 'cancelled',
      rejected: 'cancelled',
    }),
  },
  createdAt: exchangeColumns.createdAt,
  method: {
    label: 'Payout method',
    aliases: ['method', 'withdrawal method', 'payment method', 'payout'],
    example: 'Bank transfer',
    required: false,
    type: 'text',
    options: choices(withdrawalMethods, withdrawalMethodLabels, {
      bank: 'bank_transfer',
      sepa: 'bank_transfer',
      wire: 'bank_transfer',
      iban: 'bank_transfer',
      'credit card': 'card',
      crypto: 'crypto_wallet',
      wallet: 'crypto_wallet',
      ewallet: 'e_wallet',
    }),
  },
  destination: {
    label: 'Payout destination',
    aliases: ['destination', 'payout account', 'payout destination', 'to account'],
    example: 'DE89370400440532013000',
    required: false,
    type: 'text',
  },
  note: {
    label: 'Note',
    aliases: ['reason', 'comment', 'description', 'memo'],
    example: 'Welcome bonus',
    required: false,
    type: 'text',
  },
} as const satisfies Record<string, ActivityColumn>;

export type ExchangeColumnKey = keyof typeof exchangeColumns;
export type LedgerColumnKey = keyof typeof ledgerColumns;

/** The columns that name the customer: a row needs one of them. */
export const customerColumnKeys = Object.keys(customerColumns) as (keyof typeof customerColumns)[];
