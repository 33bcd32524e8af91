import { Alert, Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { openExchangeStatuses } from '../../../shared/exchanges/statuses';
import { LoadMore } from '../../activity/LoadMore';
import { MoneyText } from '../../activity/MoneyText';
import { counted } from '../../customers/display/format';
import { ProfileSection } from '../../customers/profile/sections/ProfileSection';
import { ExchangeStatusBadge } from '../../exchanges/ExchangeStatusBadge';
import { exchangePath } from '../../exchanges/paths';
import { useExchangePages } from '../../exchanges/queries';

/**
 * The customer's exchanges still open (awaiting payment, processing, on hold): the reason a case
 * is urgent. Held ones come first and are counted above the list.
 */
export function OpenExchanges({ customerId }: { customerId: number }) {
  const { pages, rows } = useExchangePages({ customerId, status: [...openExchangeStatuses] });
  const held = rows.filter((row) => row.status === 'on_hold');
  const ordered = [...held, ...rows.filter((row) => row.status !== 'on_hold')];
  return (
    <ProfileSection title="Open exchanges">
      {pages.isError && <Alert color="red">{pages.error.message}</Alert>}
      {pages.isPending && <Loader size="sm" aria-label="Loading open exchanges" />}
      {pages.isSuccess && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No exchange of this customer waits on this review.
        </Text>
      )}
      {held.length > 0 && (
        <Alert color="orange" variant="light" p="xs" mb="xs" icon={<IconAlertTriangle size={18} />}>
          {counted(held.length, 'exchange')} on hold, waiting on this customer's review
        </Alert>
      )}
      {ordered.length > 0 && (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Open exchanges">
          {ordered.map((row) => (
            <Group key={row.id} component="li" justify="space-between" gap="xs" wrap="nowrap">
              <Stack gap={0}>
                <Anchor component={Link} to={exchangePath(row.id)} size="sm" ff="monospace" fw={600}>
                  {row.reference}
                </Anchor>
                <MoneyText value={row.sent} size="xs" c="dimmed" />
              </Stack>
              <ExchangeStatusBadge status={row.status} />
            </Group>
          ))}
        </Stack>
      )}
      {pages.hasNextPage && <LoadMore pages={pages} shown={rows.length} noun="exchange" />}
    </ProfileSection>
  );
}
