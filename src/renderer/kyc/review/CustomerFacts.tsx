import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { Customer } from '../../../shared/customers/schema';
import { countryName } from '../../../shared/reference/countries';
import { customerName } from '../../customers/display/format';
import { ProfileSection } from '../../customers/profile/sections/ProfileSection';
import { formatCalendarDate } from '../../app/dates';

function Fact({ label, value, mono = false }: { label: string; value: string | null; mono?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {value ? (
        <Text size="sm" fw={500} ff={mono ? 'monospace' : undefined}>
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

/** The data a reviewer compares with the document: name, birth date, number, address, country. */
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
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
          <Fact label="Name" value={customerName(customer)} />
          <Fact label="Birth date" value={customer.birthDate ? formatCalendarDate(customer.birthDate) : null} />
          <Fact label="Document number" value={customer.documentNumber} mono />
          <Fact label="Country" value={`${countryName(customer.country)} (${customer.country})`} />
        </SimpleGrid>
        <Fact label="Address" value={address || null} />
      </Stack>
    </ProfileSection>
  );
}
