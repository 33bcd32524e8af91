import { Input, Modal, Rating, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { notifications } from '@mantine/notifications';
import { showSaveError } from '../forms/schema-form';
import { ModalActions } from '../forms/ModalActions';
import { CustomerSelect } from './CustomerSelect';
import { ExchangeSelect } from './ExchangeSelect';
import { useCreateReview } from './queries';

interface Props {
  /** The customer whose profile it is opened from; chosen in the dialog otherwise. */
  customerId?: number;
  onClose: () => void;
}

/**
 * Writes down a customer's review by hand. The rules (a rating of 1 to 5, a text, an exchange of theirs that is
 * completed and not reviewed yet) are the core's: its answer puts each error at its field.
 */
export function AddReviewModal({ customerId, onClose }: Props) {
  const create = useCreateReview();
  const form = useForm({
    initialValues: {
      customerId: customerId === undefined ? null : String(customerId),
      exchangeId: null as string | null,
      rating: 0,
      text: '',
    },
  });
  const chosen = form.values.customerId === null ? null : Number(form.values.customerId);
  const submit = form.onSubmit((values) => {
    if (chosen === null) {
      form.setFieldError('customerId', 'Choose the customer');
      return;
    }
    create.mutate(
      {
        customerId: chosen,
        exchangeId: values.exchangeId === null ? null : Number(values.exchangeId),
        rating: values.rating,
        text: values.text,
      },
      {
        onSuccess: (review) => {
          notifications.show({
            color: 'teal',
            title: 'Review added',
            message: `${review.customerName}'s review waits for moderation.`,
          });
          onClose();
        },
        onError: (error) => showSaveError(form, error),
      },
    );
  });
  const rating = form.getInputProps('rating');
  const ratingId = useId();
  return (
    <Modal opened onClose={onClose} title="Add review" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {customerId === undefined && (
            <CustomerSelect
              label="Customer"
              placeholder="Search by name or email"
              withAsterisk
              data-autofocus
              {...form.getInputProps('customerId')}
              onChange={(value) => {
                form.setFieldValue('customerId', value === null ? null : String(value));
                form.setFieldValue('exchangeId', null);
              }}
            />
          )}
          <ExchangeSelect
            label="Exchange"
            description="The completed exchange the review is about; leave empty for none"
            customerId={chosen}
            {...form.getInputProps('exchangeId')}
          />
          <Input.Wrapper label="Rating" withAsterisk error={rating.error as string | undefined} id={ratingId}>
            <Rating
              size="lg"
              value={form.values.rating}
              onChange={(value) => form.setFieldValue('rating', value)}
              role="radiogroup"
              aria-labelledby={`${ratingId}-label`}
              mt={4}
            />
          </Input.Wrapper>
          <Textarea
            label="Review"
            placeholder="The customer's words, as they wrote them"
            autosize
            minRows={3}
            maxRows={8}
            withAsterisk
            data-autofocus={customerId !== undefined || undefined}
            {...form.getInputProps('text')}
          />
          <ModalActions onCancel={onClose} submit="Add review" loading={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
