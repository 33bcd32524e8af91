import { Badge, type BadgeProps, type MantineColor } from '@mantine/core';
import { exchangeStatusLabels, type ExchangeStatus } from '../../shared/exchanges/statuses';

export const exchangeStatusColors: Record<ExchangeStatus, MantineColor> = {
  awaiting_payment: 'yellow',
  processing: 'blue',
  on_hold: 'orange',
  completed: 'green',
  declined: 'red',
  refunded: 'grape',
  timed_out: 'gray',
  cancelled: 'gray',
};

/** An exchange's status as a coloured badge, in the words of the shared labels. */
export function ExchangeStatusBadge({ status, ...props }: { status: ExchangeStatus } & BadgeProps) {
  return (
    <Badge color={exchangeStatusColors[status]} variant="light" radius="sm" tt="none" {...props}>
      {exchangeStatusLabels[status]}
    </Badge>
  );
}
