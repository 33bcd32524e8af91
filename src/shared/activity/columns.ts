import { exchangeStatuses, exchangeStatusLabels } from '../exchanges/statuses';
import {
  ledgerKindLabels,
  ledgerKinds,
  ledgerStatuses,
  ledgerStatusLabels,
  withdrawalMethodLabels,
  withdrawalMethods,
} from '../ledger/kinds';
import { reserveRequestStatuses, reserveRequestStatusLabels } from '../reserve-requests/statuses';
import { ratings, reviewStatuses, reviewStatusLabels } from '../reviews/statuses';
import { ticketMessageKindLabels, ticketMessageKinds, ticketStatuses, ticketStatusLabels } from '../tickets/statuses';

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
    aliases: [
      'email',
      'e-mail',
      'user email',
      'client email',
      'customer e-mail',
      'requester email',
      'consumer email',
      'reviewer email',
    ],
    example: 'amelia.hartmann@example.com',
    required: false,
    type: 'text',
  },
  customerReferenceId: {
    label: 'Customer reference ID',
    aliases: [
      'customer reference',
      'reference id',
      'customer ref',
      'user id',
      'client id',
      'customer id',
      'kundennummer',
    ],
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

const ratingValues = ratings.map(String);
const ratingWords: Record<string, string> = {};
for (const value of ratingValues) {
  const stars = Number(value);
  ratingWords[`${value}.0`] = value;
  ratingWords[`${value},0`] = value;
  ratingWords[`${value} star${stars === 1 ? '' : 's'}`] = value;
  ratingWords[`${value}/5`] = value;
  ratingWords['★'.repeat(stars)] = value;
}

/** A review: its customer, the completed exchange it is about (or none), the stars and the text. */
export const reviewColumns = {
  ...customerColumns,
  exchangeReference: {
    label: 'Exchange reference',
    aliases: ['exchange', 'order', 'order id', 'order number', 'order reference', 'reference', 'reference number'],
    example: 'EX-7K3M9Q2A',
    required: false,
    type: 'text',
  },
  rating: {
    label: 'Rating',
    aliases: ['stars', 'star rating', 'review stars', 'score', 'rating (1-5)', 'bewertung', 'sterne', 'note'],
    example: '5',
    required: true,
    type: 'text',
    options: choices(ratingValues, Object.fromEntries(ratingValues.map((value) => [value, value])), ratingWords),
  },
  text: {
    label: 'Review text',
    aliases: ['review', 'text', 'content', 'review content', 'review body', 'body', 'comment', 'message'],
    example: 'Fast and fair, paid out within the hour.',
    required: true,
    type: 'text',
  },
  status: {
    label: 'Review status',
    aliases: ['status', 'state', 'moderation', 'moderation status'],
    example: 'Approved',
    required: false,
    type: 'text',
    options: choices(reviewStatuses, reviewStatusLabels, {
      new: 'pending',
      'awaiting moderation': 'pending',
      unmoderated: 'pending',
      published: 'approved',
      public: 'approved',
      visible: 'approved',
      accepted: 'approved',
      rejected: 'hidden',
      removed: 'hidden',
      unpublished: 'hidden',
      flagged: 'hidden',
    }),
  },
  createdAt: {
    label: 'Created at',
    aliases: [
      'date',
      'review date',
      'review created',
      'review created (utc)',
      'date created',
      'created',
      'written at',
      'submitted at',
      'datum',
    ],
    example: '2026-11-02T10:00:00Z',
    required: true,
    type: 'datetime',
  },
} as const satisfies Record<string, ActivityColumn>;

/** A reserve request: the exact amount of a currency the customer asks the platform to hold. */
export const reserveRequestColumns = {
  ...customerColumns,
  amount: {
    label: 'Amount',
    aliases: ['requested amount', 'reserve amount', 'sum', 'value', 'betrag'],
    example: '5 000,00',
    required: true,
    type: 'amount',
    currencyIn: 'currency',
  },
  currency: {
    label: 'Currency',
    aliases: ['ccy', 'reserve currency', 'requested currency', 'währung'],
    example: 'EUR',
    required: true,
    type: 'currency',
  },
  note: {
    label: 'Note',
    aliases: ['comment', 'message', 'customer note', 'description', 'notiz'],
    example: 'For a transfer on Friday',
    required: false,
    type: 'text',
  },
  status: {
    label: 'Status',
    aliases: ['state', 'request status'],
    example: 'Pending',
    required: false,
    type: 'text',
    options: choices(reserveRequestStatuses, reserveRequestStatusLabels, {
      new: 'pending',
      open: 'pending',
      waiting: 'pending',
      replied: 'answered',
      done: 'answered',
      canceled: 'cancelled',
      withdrawn: 'cancelled',
    }),
  },
  requestedAt: {
    label: 'Requested at',
    aliases: ['date', 'created at', 'created', 'request date', 'requested', 'datum'],
    example: '2026-11-02T10:00:00Z',
    required: true,
    type: 'datetime',
  },
  answer: {
    label: 'Answer',
    aliases: ['staff answer', 'reply', 'response', 'admin answer', 'antwort'],
    example: 'Reserved until Friday',
    required: false,
    type: 'text',
  },
  answeredAt: {
    label: 'Answered at',
    aliases: ['answer date', 'replied at', 'answered'],
    example: '2026-11-02T12:00:00Z',
    required: false,
    type: 'datetime',
  },
} as const satisfies Record<string, ActivityColumn>;

/**
 * One message of a support ticket, a row each (as help desks export comments): the first row of
 * a ticket reference gives its subject; its rows in order are the thread.
 */
export const ticketColumns = {
  reference: {
    label: 'Ticket reference',
    aliases: ['ticket', 'ticket id', 'ticket number', 'ticket reference', 'ticket #', 'case number', 'id'],
    example: 'T-10442',
    required: true,
    type: 'text',
  },
  ...customerColumns,
  subject: {
    label: 'Subject',
    aliases: ['title', 'topic', 'summary', 'ticket subject', 'betreff'],
    example: 'Exchange EX-7K3M9Q2A not received',
    required: false,
    type: 'text',
  },
  status: {
    label: 'Ticket status',
    aliases: ['status', 'state'],
    example: 'Open',
    required: false,
    type: 'text',
    options: choices(ticketStatuses, ticketStatusLabels, {
      new: 'open',
      pending: 'answered',
      'on-hold': 'open',
      hold: 'open',
      replied: 'answered',
      solved: 'closed',
      resolved: 'closed',
      done: 'closed',
    }),
  },
  from: {
    label: 'Message from',
    aliases: ['from', 'author type', 'author role', 'sender', 'message type', 'comment type', 'type'],
    example: 'Customer',
    required: true,
    type: 'text',
    options: choices(ticketMessageKinds, ticketMessageKindLabels, {
      'end-user': 'customer',
      'end user': 'customer',
      requester: 'customer',
      client: 'customer',
      user: 'customer',
      agent: 'staff_reply',
      staff: 'staff_reply',
      admin: 'staff_reply',
      support: 'staff_reply',
      'public reply': 'staff_reply',
      reply: 'staff_reply',
      internal: 'internal_note',
      'private note': 'internal_note',
      'private comment': 'internal_note',
      note: 'internal_note',
    }),
  },
  author: {
    label: 'Written by',
    aliases: ['author', 'agent', 'author name', 'comment author', 'staff member'],
    example: 'mara.keller',
    required: false,
    type: 'text',
  },
  at: {
    label: 'Message at',
    aliases: ['comment created at', 'message date', 'sent at', 'created at', 'date', 'time', 'datum'],
    example: '2026-11-02T10:00:00Z',
    required: true,
    type: 'datetime',
  },
  body: {
    label: 'Message',
    aliases: ['body', 'comment', 'comment body', 'message body', 'text', 'content', 'nachricht'],
    example: 'My BTC has not arrived yet.',
    required: true,
    type: 'text',
  },
  closedAt: {
    label: 'Closed at',
    aliases: ['solved at', 'resolved at', 'closed'],
    example: '2026-11-03T09:00:00Z',
    required: false,
    type: 'datetime',
  },
} as const satisfies Record<string, ActivityColumn>;

/** A device signed in to the customer's account; an ended one with when, by whom and why. */
export const sessionColumns = {
  ...customerColumns,
  device: {
    label: 'Device',
    aliases: ['browser', 'device / browser', 'user agent', 'client', 'platform', 'gerät'],
    example: 'Chrome 131 on Windows 11',
    required: true,
    type: 'text',
  },
  ipAddress: {
    label: 'IP address',
    aliases: ['ip', 'ip-address', 'remote address', 'remote ip', 'ip adresse'],
    example: '203.0.113.24',
    required: true,
    type: 'text',
  },
  place: {
    label: 'Place',
    aliases: ['location', 'city', 'country', 'geo', 'geolocation', 'ort'],
    example: 'Berlin, Germany',
    required: false,
    type: 'text',
  },
  signedInAt: {
    label: 'Signed in at',
    aliases: ['signed in', 'login time', 'logged in at', 'login at', 'started at', 'created at', 'date'],
    example: '2026-11-02T10:00:00Z',
    required: true,
    type: 'datetime',
  },
  lastSeenAt: {
    label: 'Last seen',
    aliases: ['last seen at', 'last activity', 'last active', 'last access', 'updated at'],
    example: '2026-11-02T11:30:00Z',
    required: true,
    type: 'datetime',
  },
  endedAt: {
    label: 'Ended at',
    aliases: ['ended', 'logged out at', 'signed out at', 'revoked at', 'terminated at'],
    example: '2026-11-02T12:00:00Z',
    required: false,
    type: 'datetime',
  },
  endedBy: {
    label: 'Ended by',
    aliases: ['revoked by', 'terminated by', 'logged out by'],
    example: 'customer',
    required: false,
    type: 'text',
  },
  endReason: {
    label: 'End reason',
    aliases: ['reason', 'revoke reason', 'logout reason'],
    example: 'Signed out',
    required: false,
    type: 'text',
  },
} as const satisfies Record<string, ActivityColumn>;

export type ExchangeColumnKey = keyof typeof exchangeColumns;
export type LedgerColumnKey = keyof typeof ledgerColumns;
export type ReviewColumnKey = keyof typeof reviewColumns;
export type ReserveRequestColumnKey = keyof typeof reserveRequestColumns;
export type TicketColumnKey = keyof typeof ticketColumns;
export type SessionColumnKey = keyof typeof sessionColumns;

/** The columns that name the customer: a row needs one of them. */
export const customerColumnKeys = Object.keys(customerColumns) as (keyof typeof customerColumns)[];
