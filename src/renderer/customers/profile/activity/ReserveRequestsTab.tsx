import { ReserveRequestList } from '../../../reserve-requests/ReserveRequestList';

/** The customer's reserve requests: pending ones first, oldest first, then the answered and cancelled. */
export function ReserveRequestsTab({ customerId }: { customerId: number }) {
  return (
    <ReserveRequestList
      input={{ customerId }}
      label="Reserve requests of the customer"
      emptyTitle="No reserve requests yet"
      emptyText="Amounts this customer asks the platform to hold appear here, to answer."
    />
  );
}
