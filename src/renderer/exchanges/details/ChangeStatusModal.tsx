import { Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ExchangeRecord } from '../../../shared/exchanges/contract';
import { exchangeStatusLabels, exchangeTransitions, type ExchangeStatus } from '../../../shared/exchanges/statuses';
import { showSaveError } from '../../forms/schema-form';
import { ExchangeStatusBadge } from '../ExchangeStatusBadge';
import { useSetExchangeStatus } from '../queries';
import { ModalActions } from '../../forms/ModalActions';
import { ReasonField } from '../../forms/ReasonField';

/**
 * Moves an exchange to a status its current one allows, with a reason. The status the person saw
 * goes with it: if someone changed the exchange meanwhile, the core refuses and says so.
 */
export function ChangeStatusModal({ exchange, onClose }: { exchange: ExchangeRecord; onClose: () => void }) {
  const setStatus = useSetExchangeStatus();
  const allowed = exchangeTransitions[exchange.status];
  const form = useForm({
    initialValues: { to: (allowed[0] ?? exchange.status) as ExchangeStatus, reason: '' },
  });
  const submit = form.onSubmit((values) =>
    setStatus.mutate(
      { id: exchange.id, from: exchange.status, to: values.to, reason: values.reason },
      {
        onSuccess: (updated) => {
          notifications.show({
            color: 'teal',
            title: 'Status changed',
            message: `${updated.reference} is now ${exchangeStatusLabels[updated.status].toLowerCase()}.`,
          });
          onClose();
        },
        onError: (error) => showSaveError(form, error),
      },
    ),
  );
  return (
    <Modal opened onClose={onClose} title={`Change the status of ${exchange.reference}`} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group gap="xs">
            <Text size="sm">Now</Text>
            <ExchangeStatusBadge status={exchange.status} />
          </Group>
          <Select
            label="New status"
            data={allowed.map((status) => ({ value: status, label: exchangeStatusLabels[status] }))}
            allowDeselect={false}
            {...form.getInputProps('to')}
          />
          <ReasonField
            description="Kept in the exchange's history"
            placeholder="Why the status changes"
            {...form.getInputProps('reason')}
          />
          <ModalActions onCancel={onClose} submit="Change status" loading={setStatus.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
