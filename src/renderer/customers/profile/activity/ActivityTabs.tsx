import { Tabs } from '@mantine/core';
import {
  IconArrowsExchange,
  IconCashBanknote,
  IconId,
  IconLifebuoy,
  IconLock,
  IconReceipt,
  IconShieldLock,
  IconStar,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { WithdrawalList } from '../../../withdrawals/WithdrawalList';
import { ExchangesTab } from './ExchangesTab';
import { ReferralsTab } from './ReferralsTab';
import { ReserveRequestsTab } from './ReserveRequestsTab';
import { ReviewsTab } from './ReviewsTab';
import { SessionsTab } from './SessionsTab';
import { TicketsTab } from './TicketsTab';
import { TransactionsTab } from './TransactionsTab';

const tabs = [
  'details',
  'exchanges',
  'transactions',
  'referrals',
  'withdrawals',
  'reserves',
  'reviews',
  'tickets',
  'sessions',
] as const;
type Tab = (typeof tabs)[number];

const tabLabels: Record<Tab, string> = {
  details: 'Details',
  exchanges: 'Exchanges',
  transactions: 'Transactions',
  referrals: 'Referrals',
  withdrawals: 'Withdrawals',
  reserves: 'Reserve requests',
  reviews: 'Reviews',
  tickets: 'Tickets',
  sessions: 'Security & sessions',
};
const tabIcons = {
  details: IconId,
  exchanges: IconArrowsExchange,
  transactions: IconReceipt,
  referrals: IconUsersGroup,
  withdrawals: IconCashBanknote,
  reserves: IconLock,
  reviews: IconStar,
  tickets: IconLifebuoy,
  sessions: IconShieldLock,
} satisfies Record<Tab, unknown>;

/**
 * The profile below its dashboard: the customer's details (the sections of the field table), then
 * their activity. The tab is kept in the URL (`?tab=transactions`), so Back and reload return to it.
 */
export function ActivityTabs({ customerId, details }: { customerId: number; details: ReactNode }) {
  const [params, setParams] = useSearchParams();
  const tab = tabs.find((name) => name === params.get('tab')) ?? 'details';
  const panel = (name: Tab, content: ReactNode) => (
    <Tabs.Panel value={name} pt="md">
      {content}
    </Tabs.Panel>
  );
  return (
    <Tabs
      value={tab}
      onChange={(value) => setParams(value && value !== 'details' ? { tab: value } : {}, { replace: true })}
      keepMounted={false}
    >
      <Tabs.List aria-label="Customer profile">
        {tabs.map((name) => {
          const Icon = tabIcons[name];
          return (
            <Tabs.Tab key={name} value={name} leftSection={<Icon size={16} />}>
              {tabLabels[name]}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      {panel('details', details)}
      {panel('exchanges', <ExchangesTab customerId={customerId} />)}
      {panel('transactions', <TransactionsTab customerId={customerId} />)}
      {panel('referrals', <ReferralsTab customerId={customerId} />)}
      {panel(
        'withdrawals',
        <WithdrawalList
          input={{ customerId }}
          label="Withdrawals of the customer"
          emptyTitle="No withdrawals yet"
          emptyText="Payouts this customer asks for appear here, to complete or decline."
        />,
      )}
      {panel('reserves', <ReserveRequestsTab customerId={customerId} />)}
      {panel('reviews', <ReviewsTab customerId={customerId} />)}
      {panel('tickets', <TicketsTab customerId={customerId} />)}
      {panel('sessions', <SessionsTab customerId={customerId} />)}
    </Tabs>
  );
}
