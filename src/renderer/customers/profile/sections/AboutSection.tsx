import { Text, Tooltip } from '@mantine/core';
import type { Customer } from '../../../../shared/customers/schema';
import { useMonitors } from '../../../monitors/queries';
import { formatDateTime } from '../../display/format';
import { FieldList } from './FieldList';
import { ProfileSection } from './ProfileSection';

export function AboutSection({ customer }: { customer: Customer }) {
  const monitors = useMonitors();
  const monitor = monitors.data?.find((item) => item.id === customer.exchangeMonitorId);
  return (
    <ProfileSection title="About">
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
          {
            label: 'Reference ID',
            value: customer.referenceId && (
              <Text ff="monospace" size="sm">
                {customer.referenceId}
              </Text>
            ),
          },
          { label: 'Created', value: formatDateTime(customer.createdAt) },
          { label: 'Updated', value: formatDateTime(customer.updatedAt) },
          {
            label: 'Exchange monitor',
            value:
              customer.exchangeMonitorId === null ? null : monitor ? (
                <Tooltip label={monitor.url ?? 'No web address'} disabled={!monitor.url}>
                  <Text span size="sm">
                    {monitor.name}
                    {!monitor.active && (
                      <Text span c="dimmed" size="sm">
                        {' '}
                        (inactive)
                      </Text>
                    )}
                  </Text>
                </Tooltip>
              ) : (
                `#${customer.exchangeMonitorId}`
              ),
          },
        ]}
      />
    </ProfileSection>
  );
}
