import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { Customer } from '../../../../shared/customers/schema';
import { countryName } from '../../../../shared/reference/countries';
import { ProfileSection } from './ProfileSection';

type Postal = NonNullable<Customer['billing']>;

function postalLines(postal: Partial<Postal>): string[] {
  const cityLine = [postal.postalCode, postal.city].filter(Boolean).join(' ');
  return [
    postal.name,
    postal.companyName,
    postal.street,
    cityLine,
    postal.state,
    postal.country ? countryName(postal.country) : null,
  ].filter((line): line is string => Boolean(line));
}

function AddressBlock({ title, lines, empty }: { title: string; lines: string[]; empty: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {title}
      </Text>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        lines.map((line, index) => (
          <Text key={index} size="sm" style={{ whiteSpace: 'pre-line' }}>
            {line}
          </Text>
        ))
      )}
    </Stack>
  );
}

/** The customer's own address, then billing and shipping. */
export function AddressSection({ customer }: { customer: Customer }) {
  const own = [customer.address, ...postalLines({ ...customer, name: null, country: null })].filter(
    (line): line is string => Boolean(line),
  );
  return (
    <ProfileSection title="Addresses">
      <SimpleGrid cols={3} spacing="lg">
        <AddressBlock title="Address" lines={own} empty="No address" />
        <AddressBlock
          title="Billing"
          lines={customer.billing ? postalLines(customer.billing) : []}
          empty="No billing details"
        />
        <AddressBlock
          title="Shipping"
          lines={customer.shipping ? postalLines(customer.shipping) : []}
          empty="No shipping details"
        />
      </SimpleGrid>
    </ProfileSection>
  );
}
