import { Anchor, Badge, Group, SimpleGrid, Text } from '@mantine/core';
import type { CustomerDashboard } from '../../../../shared/dashboard/contract';
import { hundredthsToDecimal } from '../../../../shared/customers/fields';
import { formatMoney } from '../../../../shared/money/money';
import { Stat } from '../../../activity/Stat';
import { formatCount } from '../../display/format';
import { ProfileSection } from '../sections/ProfileSection';
import { useDashboard } from './queries';

type Referral = NonNullable<CustomerDashboard['referralDashboard']>;

function Figures({ referral }: { referral: Referral }) {
  const { monitor } = referral;
  return (
    <ProfileSection
      title="Referral dashboard"
      aside={
        <Group gap="xs">
          {monitor.url ? (
            <Anchor href={monitor.url} target="_blank" rel="noreferrer" size="sm">
              {monitor.name}
            </Anchor>
          ) : (
            <Text size="sm">{monitor.name}</Text>
          )}
          <Badge color={monitor.active ? 'green' : 'gray'} variant="light" radius="sm" tt="none">
            {monitor.active ? 'Active' : 'Inactive'}
          </Badge>
        </Group>
      }
    >
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
        <Stat label="Exchange profit share" value={`${hundredthsToDecimal(referral.profitShare)}%`} />
        <Stat label="Referred exchanges" value={formatCount(referral.referredExchanges)} note="completed" />
        <Stat label="Bonus from exchanges" value={formatMoney(referral.bonusFromExchanges)} />
        <Stat label="Withdrawals" value={formatCount(referral.withdrawals)} note="completed" />
        <Stat label="Total withdrawn" value={formatMoney(referral.totalWithdrawn)} />
      </SimpleGrid>
    </ProfileSection>
  );
}

/** The exchange monitor's figures: shown only for a customer with an exchange monitor. */
export function ReferralDashboard({ customerId }: { customerId: number }) {
  const referral = useDashboard(customerId).data?.referralDashboard;
  return referral ? <Figures referral={referral} /> : null;
}
