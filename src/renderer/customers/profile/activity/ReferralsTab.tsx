import { Alert, Anchor, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDate } from '../../../app/dates';
import { EmptyList } from '../../../activity/EmptyList';
import { LoadMore } from '../../../activity/LoadMore';
import { MoneyText } from '../../../activity/MoneyText';
import { formatCount } from '../../display/format';
import { useReferralPages } from './queries';

/** The customer's referral id, who referred them, and the customers they referred with what each earned them. */
export function ReferralsTab({ customerId }: { customerId: number }) {
  const { pages, rows, firstPage } = useReferralPages(customerId);
  if (pages.isError) return <Alert color="red">{pages.error.message}</Alert>;
  if (pages.isPending || !firstPage) return <Loader size="sm" aria-label="Loading referrals" />;
  return (
    <Stack gap="sm">
      <Group gap="xl">
        <Text size="sm">
          Referral id{' '}
          <Text span ff="monospace" fw={700}>
            {firstPage.referralCode}
          </Text>
        </Text>
        <Text size="sm">
          Referred by{' '}
          {firstPage.referredBy ? (
            <Anchor component={Link} to={`/customers/${firstPage.referredBy.id}`} size="sm" fw={600}>
              {firstPage.referredBy.name}
            </Anchor>
          ) : (
            <Text span c="dimmed" size="sm">
              nobody (signed up directly)
            </Text>
          )}
        </Text>
      </Group>
      {rows.length === 0 ? (
        <EmptyList icon={IconUsersGroup} title="No referrals yet">
          Customers who sign up with this customer's referral id appear here, with what each earned them.
        </EmptyList>
      ) : (
        <Stack gap={0}>
          <Table.ScrollContainer minWidth={620}>
            <Table striped aria-label="Referrals" verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Customer</Table.Th>
                  <Table.Th>Joined</Table.Th>
                  <Table.Th ta="right">Completed exchanges</Table.Th>
                  <Table.Th ta="right">Earned</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((referral) => (
                  <Table.Tr key={referral.customerId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/customers/${referral.customerId}`} size="sm">
                        {referral.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {referral.email}
                      </Text>
                    </Table.Td>
                    <Table.Td fz="sm">{formatDate(referral.joinedAt)}</Table.Td>
                    <Table.Td ta="right" fz="sm">
                      {formatCount(referral.completedExchanges)}
                    </Table.Td>
                    <Table.Td ta="right">
                      <MoneyText value={referral.earned} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore pages={pages} shown={rows.length} noun="referral" />
        </Stack>
      )}
    </Stack>
  );
}
