import { Group, Stack } from '@mantine/core';
import { AddReviewButton } from '../../../reviews/AddReviewButton';
import { ReviewList } from '../../../reviews/ReviewList';

/** The customer's reviews, pending first, to moderate here too; a review they sent another way is added here. */
export function ReviewsTab({ customerId }: { customerId: number }) {
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <AddReviewButton customerId={customerId} />
      </Group>
      <ReviewList
        input={{ customerId }}
        label="Reviews of the customer"
        emptyTitle="No reviews yet"
        emptyText="Reviews this customer writes about their exchanges appear here, to approve or hide."
      />
    </Stack>
  );
}
