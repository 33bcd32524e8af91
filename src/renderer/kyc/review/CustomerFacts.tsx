import { Stack, Text } from '@mantine/core';
import type { Customer } from '../../../shared/customers/schema';
import { ProfileSection } from '../../customers/profile/sections/ProfileSection';
import { DocumentComparisonPanel } from '../../document-reading/DocumentComparisonPanel';

function Fact({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {value ? (
        <Text size="sm" fw={500}>
          {value}
        </Text>
      ) : (
        <Text size="sm" c="dimmed" fs="italic">
          not given
        </Text>
      )}
    </div>
  );
}

/** The profile beside what the desk read off the documents, and the address for the proof of address. */
export function CustomerFacts({ customer }: { customer: Customer }) {
  const postal = [customer.street, [customer.postalCode, customer.city].filter(Boolean).join(' '), customer.state]
    .filter(Boolean)
    .join(', ');
  // The address line, with the postal parts added only where they say something it does not.
  const address = [customer.address, postal && !customer.address?.includes(postal) ? postal : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <ProfileSection title="Compare with the document">
      <Stack gap="xs">
        <DocumentComparisonPanel customerId={customer.id} />
        <Fact label="Address (compare with the proof of address)" value={address || null} />
      </Stack>
    </ProfileSection>
  );
}
