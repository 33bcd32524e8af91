/** An exchange's statuses, in the order an exchange usually lives them (ACTIVITY.md). */
export const exchangeStatuses = [
  'awaiting_payment',
  'processing',
  'on_hold',
  'completed',
  'declined',
  'refunded',
  'timed_out',
  'cancelled',
] as const;
export type ExchangeStatus = (typeof exchangeStatuses)[number];

export const exchangeStatusLabels: Record<ExchangeStatus, string> = {
  awaiting_payment: 'Awaiting payment',
  processing: 'Paid, processing',
  on_hold: 'On hold',
  completed: 'Completed',
  declined: 'Declined',
  refunded: 'Refunded',
  timed_out: 'Timed out',
  cancelled: 'Cancelled',
};

/**
 * Where an exchange may go from each status. Money has moved once the customer paid, so a paid
 * exchange ends completed, declined or refunded, never "cancelled" or "timed out"; a completed
 * one can still be refunded. The other ends are final.
 */
export const exchangeTransitions: Record<ExchangeStatus, readonly ExchangeStatus[]> = {
  awaiting_payment: ['processing', 'on_hold', 'timed_out', 'cancelled'],
  processing: ['on_hold', 'completed', 'declined', 'refunded'],
  on_hold: ['processing', 'completed', 'declined', 'refunded'],
  completed: ['refunded'],
  declined: [],
  refunded: [],
  timed_out: [],
  cancelled: [],
};

/** Not finished: what the dashboard counts as pending, and what makes a KYC case urgent. */
export const openExchangeStatuses = [
  'awaiting_payment',
  'processing',
  'on_hold',
] as const satisfies readonly ExchangeStatus[];

export function canMoveExchange(from: ExchangeStatus, to: ExchangeStatus): boolean {
  return exchangeTransitions[from].includes(to);
}
