import { CustomerDocumentsSection } from './documents/CustomerDocumentsSection';
import { DecisionLogPanel } from './log/DecisionLogPanel';

/** What the customer profile shows of KYC: the upload slots and the decision log. */
export function CustomerKycPanels({ customerId }: { customerId: number }) {
  return (
    <>
      <CustomerDocumentsSection customerId={customerId} />
      <DecisionLogPanel customerId={customerId} />
    </>
  );
}
