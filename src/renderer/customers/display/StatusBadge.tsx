import { Badge, type BadgeProps, type MantineColor } from '@mantine/core';
import { statusLabels, type CustomerStatus } from '../../../shared/customers/fields';

export const statusColors: Record<CustomerStatus, MantineColor> = {
  approval_pending: 'yellow',
  active: 'green',
  locked: 'red',
  restricted: 'orange',
};

/** A customer's lifecycle status as a coloured badge. */
export function StatusBadge({ status, ...props }: { status: CustomerStatus } & BadgeProps) {
  return (
    <Badge color={statusColors[status]} variant="light" radius="sm" tt="none" {...props}>
      {statusLabels[status]}
    </Badge>
  );
}
