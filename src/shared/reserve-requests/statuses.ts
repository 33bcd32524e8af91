/** A reserve request is pending until staff answer it, or the customer cancels it (ACTIVITY.md). */
export const reserveRequestStatuses = ['pending', 'answered', 'cancelled'] as const;
export type ReserveRequestStatus = (typeof reserveRequestStatuses)[number];

export const reserveRequestStatusLabels: Record<ReserveRequestStatus, string> = {
  pending: 'Pending',
  answered: 'Answered',
  cancelled: 'Cancelled',
};
