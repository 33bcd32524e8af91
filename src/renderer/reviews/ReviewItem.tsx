import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCheck, IconEyeOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Review } from '../../shared/reviews/contract';
import { reviewStatusLabels } from '../../shared/reviews/statuses';
import { formatDateTime, waitingFor } from '../app/dates';
import { Keys } from '../keyboard/Keys';
import { keysText } from '../keyboard/shortcut';
import classes from './reviews.module.css';
import { reviewStatusColors, starsText } from './review-display';

interface Props {
  review: Review;
  active: boolean;
  withCustomer: boolean;
  /** The keys that approve and hide the active review, shown on its buttons; none where the list has no keys. */
  keys?: { approve: string; hide: string };
  onActivate: () => void;
  onApprove: () => void;
  onHide: () => void;
  busy: boolean;
}

function Moderation({ review }: { review: Review }) {
  if (!review.moderatedAt) return null;
  return (
    <Text size="xs" c="dimmed">
      {reviewStatusLabels[review.status]} by {review.moderatedBy} on {formatDateTime(review.moderatedAt)}
      {review.moderationReason ? `: ${review.moderationReason}` : ''}
    </Text>
  );
}

/** One review: its rating, who wrote it about what, the text, and Approve / Hide while it can still be decided. */
export function ReviewItem({ review, active, withCustomer, keys, onActivate, onApprove, onHide, busy }: Props) {
  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      p="sm"
      className={classes.item}
      tabIndex={-1}
      data-active={active || undefined}
      aria-current={active || undefined}
      aria-label={`Review #${review.id} by ${review.customerName}, ${review.rating} of 5`}
      onClick={onActivate}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Text c="var(--mantine-color-yellow-text)" aria-hidden lh={1}>
              {starsText(review.rating)}
            </Text>
            <Text size="sm" fw={600}>
              {review.rating} of 5
            </Text>
            {withCustomer && (
              <Anchor component={Link} to={`/customers/${review.customerId}?tab=reviews`} size="sm">
                {review.customerName}
              </Anchor>
            )}
            <Text size="xs" c="dimmed">
              {review.exchangeReference ? `about ${review.exchangeReference}` : 'no exchange'}
              {' · '}
              {formatDateTime(review.createdAt)}
              {review.status === 'pending' && ` · waiting ${waitingFor(review.createdAt)}`}
            </Text>
            {review.source === 'staff' && (
              <Badge size="sm" variant="default" radius="sm" tt="none">
                Written down by {review.createdBy}
              </Badge>
            )}
            <Badge size="sm" variant="light" radius="sm" tt="none" color={reviewStatusColors[review.status]}>
              {reviewStatusLabels[review.status]}
            </Badge>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {review.text}
          </Text>
          <Moderation review={review} />
        </Stack>
        <Group gap={6} wrap="nowrap">
          {review.status !== 'approved' && (
            <Button
              size="compact-sm"
              color="teal"
              variant="light"
              leftSection={<IconCheck size={14} />}
              loading={busy}
              onClick={onApprove}
              aria-keyshortcuts={keys && active ? keysText(keys.approve) : undefined}
              rightSection={keys && active ? <Keys hotkey={keys.approve} decorative /> : undefined}
            >
              Approve
            </Button>
          )}
          {review.status !== 'hidden' && (
            <Button
              size="compact-sm"
              color="red"
              variant="light"
              leftSection={<IconEyeOff size={14} />}
              onClick={onHide}
              aria-keyshortcuts={keys && active ? keysText(keys.hide) : undefined}
              rightSection={keys && active ? <Keys hotkey={keys.hide} decorative /> : undefined}
            >
              Hide
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
