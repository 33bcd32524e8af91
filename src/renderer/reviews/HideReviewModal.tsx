import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Review } from '../../shared/reviews/contract';
import { ModalActions } from '../forms/ModalActions';
import { ReasonField } from '../forms/ReasonField';
import { starsText } from './review-display';

function useReasonForm() {
  return useForm({ initialValues: { reason: '' } });
}
export type ReasonForm = ReturnType<typeof useReasonForm>;

interface Props {
  review: Review;
  loading: boolean;
  onHide: (reason: string, form: ReasonForm) => void;
  onClose: () => void;
}

/** Asks why a review is hidden: the reason is kept with it, and the customer's text stays as written. */
export function HideReviewModal({ review, loading, onHide, onClose }: Props) {
  const form = useReasonForm();
  return (
    // Focus goes back to the queue's next review, not to the row that is leaving it.
    <Modal opened onClose={onClose} title="Hide review" size="md" returnFocus={false}>
      <form onSubmit={form.onSubmit((values) => onHide(values.reason, form))} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {starsText(review.rating)} by <b>{review.customerName}</b>
          </Text>
          <Text size="sm" c="dimmed" lineClamp={3}>
            {review.text}
          </Text>
          <ReasonField
            description="Kept with the review"
            placeholder="What the review breaks (personal data, advertising ...)"
            {...form.getInputProps('reason')}
          />
          <ModalActions onCancel={onClose} submit="Hide review" color="red" loading={loading} />
        </Stack>
      </form>
    </Modal>
  );
}
