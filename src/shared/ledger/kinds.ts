/** What a balance entry is (ACTIVITY.md): four kinds of credit, a payout, and the undoing of an entry. */
export const ledgerKinds = [
  'signup_bonus',
  'referral_signup_bonus',
  'exchange_affiliate_bonus',
  'admin_reward',
  'withdrawal',
  'reversal',
] as const;
export type LedgerKind = (typeof ledgerKinds)[number];

export const ledgerKindLabels: Record<LedgerKind, string> = {
  signup_bonus: 'Signup bonus',
  referral_signup_bonus: 'Referral signup bonus',
  exchange_affiliate_bonus: 'Exchange affiliate bonus',
  admin_reward: 'Reward from staff',
  withdrawal: 'Withdrawal',
  reversal: 'Reversal',
};

export const ledgerStatuses = ['pending', 'confirmed', 'paid', 'cancelled'] as const;
export type LedgerStatus = (typeof ledgerStatuses)[number];

export const ledgerStatusLabels: Record<LedgerStatus, string> = {
  pending: 'Pending',
  confirmed: 'Confirmed',
  paid: 'Paid',
  cancelled: 'Cancelled',
};

/** The statuses whose amounts make up the available balance: a pending credit is not spendable yet. */
export const balanceStatuses = ['confirmed', 'paid'] as const satisfies readonly LedgerStatus[];

/** A bonus record moves pending -> confirmed -> paid, or is cancelled; it never goes back. */
export const ledgerTransitions: Record<LedgerStatus, readonly LedgerStatus[]> = {
  pending: ['confirmed', 'cancelled'],
  confirmed: ['paid', 'cancelled'],
  paid: [],
  cancelled: [],
};

/** Where an entry came from: the exchange, the referred customer, the staff member, the withdrawal. */
export const ledgerSources = ['exchange', 'referral', 'staff', 'withdrawal', 'platform'] as const;
export type LedgerSource = (typeof ledgerSources)[number];

export const withdrawalMethods = ['bank_transfer', 'card', 'paypal', 'crypto_wallet', 'e_wallet'] as const;
export type WithdrawalMethod = (typeof withdrawalMethods)[number];

export const withdrawalMethodLabels: Record<WithdrawalMethod, string> = {
  bank_transfer: 'Bank transfer',
  card: 'Card',
  paypal: 'PayPal',
  crypto_wallet: 'Crypto wallet',
  e_wallet: 'E-wallet',
};

export const withdrawalStatuses = ['pending', 'completed', 'declined'] as const;
export type WithdrawalStatus = (typeof withdrawalStatuses)[number];

export const withdrawalStatusLabels: Record<WithdrawalStatus, string> = {
  pending: 'Pending',
  completed: 'Completed',
  declined: 'Declined',
};
