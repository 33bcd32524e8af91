import { Alert, Anchor, Breadcrumbs, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconProgressCheck, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../shared/errors';
import type { ExchangeRecord } from '../../../shared/exchanges/contract';
import { exchangeTransitions } from '../../../shared/exchanges/statuses';
import { formatDateTime } from '../../app/dates';
import { PageTitle } from '../../app/PageTitle';
import { FactGrid } from '../../activity/FactGrid';
import { MoneyText } from '../../activity/MoneyText';
import { ProfileSection } from '../../customers/profile/sections/ProfileSection';
import { keysText } from '../../keyboard/shortcut';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import { customerReviewPath } from '../../kyc/queue/queue-params';
import { ExchangeStatusBadge } from '../ExchangeStatusBadge';
import { exchangesPath } from '../paths';
import { useExchange } from '../queries';
import { AffiliateBonus } from './AffiliateBonus';
import { ChangeStatusModal } from './ChangeStatusModal';
import { StatusHistory } from './StatusHistory';

/** The details screen's key for the status change. */
const statusKey = 's';

function OnHoldAlert({ exchange }: { exchange: ExchangeRecord }) {
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="On hold">
      <Group justify="space-between" gap="sm">
        <Text size="sm">An exchange on hold waits for the KYC review of {exchange.customerName}.</Text>
        <Button
          component={Link}
          to={customerReviewPath(exchange.customerId)}
          size="xs"
          color="orange"
          leftSection={<IconShieldCheck size={14} />}
        >
          Open the KYC review
        </Button>
      </Group>
    </Alert>
  );
}

function ExchangeDetails({ exchange }: { exchange: ExchangeRecord }) {
  const [changing, setChanging] = useState(false);
  const canChange = exchangeTransitions[exchange.status].length > 0;
  useShortcuts(
    'Exchange',
    canChange ? [{ keys: [statusKey], label: 'Change the status', run: () => setChanging(true) }] : [],
  );
  return (
    <Stack gap="md" maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to={exchangesPath} size="sm">
          Exchanges
        </Anchor>
        <Text size="sm" c="dimmed">
          {exchange.reference}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <PageTitle ff="monospace">{exchange.reference}</PageTitle>
            <ExchangeStatusBadge status={exchange.status} size="lg" />
          </Group>
          <Text size="sm" c="dimmed">
            By{' '}
            <Anchor component={Link} to={`/customers/${exchange.customerId}`} size="sm" underline="always">
              {exchange.customerName}
            </Anchor>{' '}
            ({exchange.customerEmail}) on {formatDateTime(exchange.createdAt)}
          </Text>
        </Stack>
        {canChange && (
          <Button
            leftSection={<IconProgressCheck size={16} />}
            aria-keyshortcuts={keysText(statusKey)}
            onClick={() => setChanging(true)}
          >
            Change status
          </Button>
        )}
      </Group>
      {exchange.status === 'on_hold' && <OnHoldAlert exchange={exchange} />}
      <ProfileSection title="Exchange">
        <FactGrid
          facts={[
            { label: 'Sent', value: <MoneyText value={exchange.sent} size="md" /> },
            { label: 'Received', value: <MoneyText value={exchange.received} size="md" /> },
            { label: 'Rate', value: `1 ${exchange.sent.currency} = ${exchange.rate} ${exchange.received.currency}` },
            { label: 'Fee', value: <MoneyText value={exchange.fee} /> },
            { label: 'Profit', value: <MoneyText value={exchange.profit} /> },
            { label: 'Receiving account', value: exchange.receivingAccount },
            { label: 'Status since', value: formatDateTime(exchange.statusChangedAt) },
          ]}
        />
      </ProfileSection>
      <AffiliateBonus bonus={exchange.affiliateBonus} />
      <StatusHistory history={exchange.history} />
      {changing && <ChangeStatusModal exchange={exchange} onClose={() => setChanging(false)} />}
    </Stack>
  );
}

/** Route /exchanges/:id: one exchange, its history, its bonus and its status change. */
export function ExchangePage() {
  const rawId = useParams().id;
  const exchange = useExchange(Number(rawId));
  if (exchange.isPending) return <Loader size="sm" aria-label="Loading exchange" />;
  if (exchange.isError) {
    const missing = exchange.error instanceof ApiError && ['NOT_FOUND', 'VALIDATION'].includes(exchange.error.code);
    return (
      <Alert color={missing ? 'yellow' : 'red'} title={missing ? 'Exchange not found' : 'Could not load the exchange'}>
        {missing ? `There is no exchange #${rawId ?? ''}.` : exchange.error.message}
      </Alert>
    );
  }
  return <ExchangeDetails exchange={exchange.data} />;
}
