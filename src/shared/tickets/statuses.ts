/**
 * A support ticket: open while the customer waits for staff, answered once staff replied (the
 * customer's turn), closed when done. A customer's new message makes it open again.
 */
export const ticketStatuses = ['open', 'answered', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketStatusLabels: Record<TicketStatus, string> = {
  open: 'Open',
  answered: 'Answered',
  closed: 'Closed',
};

/**
 * Who wrote a message, and who may read it: a staff reply goes to the customer, an internal
 * note stays on the desk (never in a customer-facing export).
 */
export const ticketMessageKinds = ['customer', 'staff_reply', 'internal_note'] as const;
export type TicketMessageKind = (typeof ticketMessageKinds)[number];

export const ticketMessageKindLabels: Record<TicketMessageKind, string> = {
  customer: 'Customer',
  staff_reply: 'Staff reply',
  internal_note: 'Internal note',
};

/** What the customer sees of a thread. */
export const customerFacingMessageKinds = ['customer', 'staff_reply'] as const satisfies readonly TicketMessageKind[];
