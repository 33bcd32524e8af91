import { Text } from '@mantine/core';
import type { Customer } from '../../../../shared/customers/schema';
import { FieldList } from './FieldList';
import { ProfileSection, type SectionLines } from './ProfileSection';
import { ProfileValue } from './ProfileValue';
import { formatDateTime } from '../../../app/dates';

/** The customer's ids and dates, and the fields the table places here. */
export function AboutSection({ customer, title, lines }: SectionLines & { customer: Customer }) {
  return (
    <ProfileSection title={title}>
      <FieldList
        fields={[
          {
            label: 'Customer ID',
            value: (
              <Text ff="monospace" size="sm">
                #{customer.id}
              </Text>
            ),
          },
          ...lines.map((line) => ({
            label: line.label,
            value: line.text && <ProfileValue line={line} monitorId={customer.exchangeMonitorId} />,
          })),
          { label: 'Created', value: formatDateTime(customer.createdAt) },
          { label: 'Updated', value: formatDateTime(customer.updatedAt) },
        ]}
      />
    </ProfileSection>
  );
}
