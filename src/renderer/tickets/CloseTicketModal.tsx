import { Modal, Stack, Text } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import type { TicketRecord } from '../../shared/tickets/contract';
import { ModalActions } from '../forms/ModalActions';
import { ReasonField } from '../forms/ReasonField';

export type CloseForm = UseFormReturnType<{ reason: string }>;

interface Props {
  ticket: TicketRecord;
  loading: boolean;
  onCloseTicket: (reason: string, form: CloseForm) => void;
  onCancel: () => void;
}

/** Asks why a ticket is closed: the reason is kept with the ticket. */
export function CloseTicketModal({ ticket, loading, onCloseTicket, onCancel }: Props) {
  const form = useForm({ initialValues: { reason: '' } });
  return (
    <Modal opened onClose={onCancel} title="Close ticket" size="md">
      <form onSubmit={form.onSubmit((values) => onCloseTicket(values.reason, form))} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            <b>{ticket.reference}</b> · {ticket.subject} · {ticket.customerName}
          </Text>
          <ReasonField
            description="Kept with the ticket"
            placeholder="Why it is done (answered, duplicate of another ticket ...)"
            {...form.getInputProps('reason')}
          />
          <ModalActions onCancel={onCancel} submit="Close ticket" loading={loading} />
        </Stack>
      </form>
    </Modal>
  );
}
