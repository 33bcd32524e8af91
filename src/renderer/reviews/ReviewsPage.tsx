import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { reviewStatuses, reviewStatusLabels, type ReviewStatus } from '../../shared/reviews/statuses';
import { PageTitle } from '../app/PageTitle';
import { AddReviewButton } from './AddReviewButton';
import { ReviewList } from './ReviewList';
import { ReviewsOverview } from './ReviewsOverview';

const emptyTexts: Record<ReviewStatus, { title: string; text: string }> = {
  pending: {
    title: 'No reviews waiting',
    text: 'Every review customers wrote has been approved or hidden. New ones appear here, oldest first.',
  },
  approved: { title: 'No approved reviews', text: 'Reviews approved in the queue are public and listed here.' },
  hidden: { title: 'No hidden reviews', text: 'Reviews hidden in the queue are kept here with their reason.' },
};

const listOrder: Record<ReviewStatus, string> = {
  pending: 'oldest first',
  approved: 'newest first',
  hidden: 'newest first',
};

/** Route /reviews: the figures, then the moderation queue (or the approved or hidden reviews), worked by keys. */
export function ReviewsPage() {
  const [params, setParams] = useSearchParams();
  const status = reviewStatuses.find((value) => value === params.get('status')) ?? 'pending';
  const empty = emptyTexts[status];
  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="baseline">
        <PageTitle>Reviews</PageTitle>
        <AddReviewButton />
      </Group>
      <ReviewsOverview />
      <Group justify="space-between" align="center">
        <SegmentedControl
          aria-label="Reviews to show"
          value={status}
          onChange={(value) => setParams(value === 'pending' ? {} : { status: value }, { replace: true })}
          data={reviewStatuses.map((value) => ({ value, label: reviewStatusLabels[value] }))}
        />
        <Text size="sm" c="dimmed">
          {reviewStatusLabels[status]} reviews, {listOrder[status]}
        </Text>
      </Group>
      <ReviewList
        key={status}
        input={{ status }}
        label={`${reviewStatusLabels[status]} reviews`}
        withCustomer
        keyboard
        emptyTitle={empty.title}
        emptyText={empty.text}
      />
    </Stack>
  );
}
