import { Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserCheck } from '@tabler/icons-react';
import type { KycReview } from '../../../shared/kyc/contract';
import { StatusBadge } from '../../customers/display/StatusBadge';
import { useActivate } from '../queries';

/** Progress derived from the checks, the customer's status (with its reason), and activation when it is allowed. */
export function ReviewStatus({ review }: { review: KycReview }) {
  const activate = useActivate();
  const required = review.checks.filter((check) => check.required);
  const approved = required.filter((check) => check.state === 'approved').length;

  return (
    <Paper withBorder p="sm" radius="md" role="region" aria-label="Verification progress">
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={600}>Verification</Text>
            <StatusBadge status={review.status} aria-label={`Status: ${review.status.replace('_', ' ')}`} />
          </Group>
          <Text size="sm" c="dimmed">
            {approved} of {required.length} required checks approved
          </Text>
        </Group>
        <Progress
          value={review.progress}
          color={review.progress === 100 ? 'teal' : 'indigo'}
          size="lg"
          radius="xl"
          aria-label={`Verification progress ${review.progress}%`}
        />
        {review.statusReason && review.status !== 'active' && (
          <Text size="sm">
            <Text span fw={500}>
              Status reason:
            </Text>{' '}
            {review.statusReason}
          </Text>
        )}
        {review.canActivate && (
          <Alert color="teal" variant="light" icon={<IconUserCheck size={18} />} title="Ready to activate">
            <Group justify="space-between" align="center">
              <Text size="sm">Every required check is approved.</Text>
              <Button
                color="teal"
                size="xs"
                loading={activate.isPending}
                onClick={() =>
                  activate.mutate(review.customerId, {
                    onError: (error) =>
                      notifications.show({ color: 'red', title: 'Not activated', message: error.message }),
                  })
                }
              >
                Activate customer
              </Button>
            </Group>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
