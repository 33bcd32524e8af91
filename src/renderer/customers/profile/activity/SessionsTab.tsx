import { ActivityExportButton } from '../../../exports/ActivityExportButton';
import { CustomerSessions } from '../../../sessions/CustomerSessions';

/** "Security & sessions": where the customer is signed in, to end one or all, and the sessions that ended. */
export function SessionsTab({ customerId }: { customerId: number }) {
  return (
    <CustomerSessions
      customerId={customerId}
      actions={
        <ActivityExportButton
          subject={{ kind: 'sessions', customerId }}
          title="Export sessions"
          description="Exports every session of this customer, active and ended, with who ended them and why."
          unit="sessions"
        />
      }
    />
  );
}
