import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ExchangeRecord } from '../../../shared/exchanges/contract';
import { ledgerStatusLabels } from '../../../shared/ledger/kinds';
import { FactGrid } from '../../activity/FactGrid';
import { MoneyText } from '../../activity/MoneyText';
import { ProfileSection } from '../../customers/profile/sections/ProfileSection';

/** The referrer's exchange affiliate bonus this exchange earned, or why there is none. */
export function AffiliateBonus({ bonus }: { bonus: ExchangeRecord['affiliateBonus'] }) {
  return (
    <ProfileSection title="Affiliate bonus">
      {bonus ? (
        <FactGrid
          facts={[
            { label: 'Bonus', value: <MoneyText value={bonus.amount} /> },
            {
              label: 'Credited to',
              value: (
                <Anchor component={Link} to={`/customers/${bonus.referrerId}`} size="sm">
                  Customer #{bonus.referrerId}
                </Anchor>
              ),
            },
            { label: 'Entry status', value: ledgerStatusLabels[bonus.status] },
          ]}
        />
      ) : (
        <Text size="sm" c="dimmed">
          No affiliate bonus: the customer was not referred, or the exchange has not completed.
        </Text>
      )}
    </ProfileSection>
  );
}
