import { Alert, Progress, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import type { CustomerDashboard } from '../../../../shared/dashboard/contract';
import { hundredthsToDecimal } from '../../../../shared/customers/fields';
import { formatMoney } from '../../../../shared/money/money';
import { Stat } from '../../../activity/Stat';
import { formatCount } from '../../display/format';
import { useDashboard } from './queries';

function Widgets({ dashboard }: { dashboard: CustomerDashboard }) {
  const { balance, exchanges } = dashboard;
  const pendingBalance =
    BigInt(balance.pending.amount) > 0n ? `${formatMoney(balance.pending)} pending` : 'nothing pending';
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" role="group" aria-label="Dashboard">
      <Stat label="Available balance" value={formatMoney(balance.available)} note={pendingBalance} />
      <Stat label="Exchanges" value={formatCount(exchanges.total)} note={`${formatCount(exchanges.onHold)} on hold`} />
      <Stat label="Completed exchanges" value={formatCount(exchanges.completed)} />
      <Stat
        label="Pending exchanges"
        value={formatCount(exchanges.pending)}
        note="awaiting payment, processing, on hold"
      />
      <Stat label="Reviews" value={formatCount(dashboard.reviews)} />
      <Stat label="Pending reserve requests" value={formatCount(dashboard.pendingReserveRequests)} />
      <Stat label="Referrals" value={formatCount(dashboard.referrals)} />
      <Stat label="Referral earning" value={formatMoney(dashboard.referralEarning)} />
      <Stat
        label="Pending withdrawals"
        value={formatCount(dashboard.pendingWithdrawals.count)}
        note={formatMoney(dashboard.pendingWithdrawals.amount)}
      />
      <Stat label="Discount" value={`${dashboard.discount}%`} />
      <Stat label="Profit share" value={`${hundredthsToDecimal(dashboard.affiliateProfitShare)}%`} />
      <Stat
        label="Verification progress"
        value={`${dashboard.verificationProgress}%`}
        note={
          <Progress
            value={dashboard.verificationProgress}
            size="sm"
            mt={6}
            aria-label="Verification progress"
            color={dashboard.verificationProgress === 100 ? 'teal' : undefined}
          />
        }
      />
    </SimpleGrid>
  );
}

/** The top of the profile: the figures a member of staff reads before deciding anything about the customer. */
export function DashboardWidgets({ customerId }: { customerId: number }) {
  const dashboard = useDashboard(customerId);
  if (dashboard.isError) return <Alert color="red">{dashboard.error.message}</Alert>;
  if (!dashboard.data) {
    return (
      <Stack gap={4}>
        <Skeleton h={84} />
        <Text size="xs" c="dimmed">
          Loading the dashboard…
        </Text>
      </Stack>
    );
  }
  return <Widgets dashboard={dashboard.data} />;
}
