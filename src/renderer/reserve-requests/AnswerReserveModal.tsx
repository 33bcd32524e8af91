import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ReserveRequest } from '../../shared/reserve-requests/contract';
import { formatMoney } from '../../shared/money/money';
import { ModalActions } from '../forms/ModalActions';
import { showSaveError } from '../forms/schema-form';
import { useAnswerReserveRequest } from './queries';

interface Props {
  request: ReserveRequest;
  onClose: () => void;
}

/** Answers a reserve request: what the desk can hold, and for how long, in words the customer reads. */
export function AnswerReserveModal({ request, onClose }: Props) {
  const answer = useAnswerReserveRequest();
  const form = useForm({ initialValues: { answer: '' } });
  const amount = formatMoney(request.amount);
  const submit = form.onSubmit((values) =>
    answer.mutate(
      { id: request.id, answer: values.answer },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            title: 'Reserve request answered',
            message: `${amount} for ${request.customerName}.`,
          });
          onClose();
        },
        onError: (error) => showSaveError(form, error),
      },
    ),
  );
  return (
    <Modal opened onClose={onClose} title="Answer reserve request" size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {request.customerName} asks to hold <b>{amount}</b>.
          </Text>
          {request.note && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              “{request.note}”
            </Text>
          )}
          <Textarea
            label="Answer"
            description="Sent to the customer and kept with the request"
            placeholder="Held for 48 hours from now."
            autosize
            minRows={3}
            maxRows={6}
            data-autofocus
            withAsterisk
            {...form.getInputProps('answer')}
          />
          <ModalActions onCancel={onClose} submit="Send answer" color="teal" loading={answer.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
