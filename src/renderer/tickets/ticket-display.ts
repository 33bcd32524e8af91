import type { TicketMessageKind, TicketStatus } from '../../shared/tickets/statuses';

export const ticketStatusColors: Record<TicketStatus, string> = {
  open: 'orange',
  answered: 'blue',
  closed: 'gray',
};

/** Said on every internal note, so nobody takes it for something the customer read. */
export const internalNoteWarning = 'Internal note, not sent to the customer';

/** Who wrote a message, as its heading says it. */
export function messageAuthor(kind: TicketMessageKind, actor: string | null, customerName: string): string {
  if (kind === 'customer') return customerName;
  return actor ?? 'Staff';
}
