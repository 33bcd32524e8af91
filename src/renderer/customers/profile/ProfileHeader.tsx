import { Anchor, Avatar, Button, Group, Stack, Text } from '@mantine/core';
import { IconMail, IconPencil, IconPhone } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { keysText } from '../../keyboard/shortcut';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import { customerReviewPath } from '../../kyc/queue/queue-params';
import type { Customer } from '../../../shared/customers/schema';
import { customerName, formatPhoneNumber } from '../display/format';
import { StatusBadge, statusColors } from '../display/StatusBadge';
import { CustomerReportButton } from '../../exports/CustomerReportButton';
import { GiveRewardButton } from './activity/GiveRewardButton';
import { StatusActions } from './StatusActions';
import { reviewKey } from './sections/VerificationSection';

/** The profile's key for Edit. */
const editKey = 'e';

function initials(customer: Customer): string {
  return `${customer.firstName[0] ?? ''}${customer.lastName?.[0] ?? ''}`.toUpperCase();
}

export function ProfileHeader({ customer }: { customer: Customer }) {
  const navigate = useNavigate();
  const edit = () => navigate(`/customers/${customer.id}/edit`);
  const review = () => navigate(customerReviewPath(customer.id));
  useShortcuts('Customer profile', [
    { keys: [editKey], label: 'Edit the customer', run: edit },
    { keys: [reviewKey], label: 'Open the KYC review', run: review },
  ]);
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <Avatar size={56} radius="xl" color={statusColors[customer.status]}>
          {initials(customer)}
        </Avatar>
        <Stack gap={4}>
          <Group gap="sm">
            <PageTitle>{customerName(customer)}</PageTitle>
            <StatusBadge status={customer.status} size="lg" />
          </Group>
          <Group gap="lg">
            <Group gap={6} wrap="nowrap">
              <IconMail size={15} color="var(--mantine-color-dimmed)" />
              <Anchor href={`mailto:${customer.email}`} size="sm">
                {customer.email}
              </Anchor>
            </Group>
            {customer.phone && (
              <Group gap={6} wrap="nowrap">
                <IconPhone size={15} color="var(--mantine-color-dimmed)" />
                <Text size="sm">{formatPhoneNumber(customer.phone, customer.phoneExtension)}</Text>
              </Group>
            )}
          </Group>
          {customer.statusReason && (
            <Text size="sm" c="dimmed">
              Status reason:{' '}
              <Text span c="var(--mantine-color-text)">
                {customer.statusReason}
              </Text>
            </Text>
          )}
        </Stack>
      </Group>
      <Group gap="xs" justify="flex-end">
        <CustomerReportButton customerId={customer.id} />
        <GiveRewardButton customerId={customer.id} customerName={customerName(customer)} />
        <StatusActions customer={customer} />
        <Button leftSection={<IconPencil size={16} />} aria-keyshortcuts={keysText(editKey)} onClick={edit}>
          Edit
        </Button>
      </Group>
    </Group>
  );
}
