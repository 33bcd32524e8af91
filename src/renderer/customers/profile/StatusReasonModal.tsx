import { Alert, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { customerStatuses, statusLabels, type CustomerStatus } from '../../../shared/customers/fields';
import { statusAfterUnblock, statusChangeProblem } from '../../../shared/customers/lifecycle';
import type { Customer } from '../../../shared/customers/schema';
import { showSaveError } from '../../forms/schema-form';
import { customerName } from '../display/format';
import { useStatusAction } from '../queries';
import { ModalActions } from '../../forms/ModalActions';
import { ReasonField } from '../../forms/ReasonField';

export type StatusActionKind = 'block' | 'unblock' | 'setStatus';

interface Props {
  customer: Customer;
  kind: StatusActionKind;
  onClose: () => void;
}

/** Locked is reached by blocking only, so block and unblock keep their reasons apart. */
const settableStatuses = customerStatuses.filter((status) => status !== 'locked');

const copy: Record<StatusActionKind, { title: string; submit: string; color: string; done: string }> = {
  block: { title: 'Block customer', submit: 'Block customer', color: 'red', done: 'Customer blocked' },
  unblock: { title: 'Unblock customer', submit: 'Unblock customer', color: 'green', done: 'Customer unblocked' },
  setStatus: { title: 'Change status', submit: 'Change status', color: 'indigo', done: 'Status changed' },
};

/** Asks why before a status changes; the reason is kept on the customer and in the history. */
export function StatusReasonModal({ customer, kind, onClose }: Props) {
  const action = useStatusAction();
  const options = settableStatuses.filter((status) => status !== customer.status);
  // Start on a status the customer can move to now, so the dialog does not open on an error.
  const firstAllowed = options.find((status) => !statusChangeProblem(customer.status, status, customer));
  const form = useForm({
    initialValues: { reason: '', status: (firstAllowed ?? options[0] ?? 'active') as CustomerStatus },
  });
  const text = copy[kind];
  const name = customerName(customer);
  const activationProblem =
    kind === 'setStatus' ? statusChangeProblem(customer.status, form.values.status, customer) : null;

  const submit = form.onSubmit((values) => {
    action.mutate(
      kind === 'setStatus'
        ? { action: kind, id: customer.id, reason: values.reason, status: values.status }
        : { action: kind, id: customer.id, reason: values.reason },
      {
        onSuccess: (updated) => {
          notifications.show({
            color: text.color,
            title: text.done,
            message: `${name} is now ${statusLabels[updated.status].toLowerCase()}.`,
          });
          onClose();
        },
        onError: (error) => showSaveError(form, error),
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={text.title} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {kind === 'block' && (
            <Text size="sm">
              <b>{name}</b> will be locked out until someone unblocks them.
            </Text>
          )}
          {kind === 'unblock' && (
            <Text size="sm">
              <b>{name}</b> will become <b>{statusLabels[statusAfterUnblock(customer)].toLowerCase()}</b>
              {statusAfterUnblock(customer) === 'active'
                ? ', as every required check is verified.'
                : ', as verification is not complete yet.'}
            </Text>
          )}
          {kind === 'setStatus' && (
            <Select
              label="New status"
              data={options.map((status) => ({ value: status, label: statusLabels[status] }))}
              allowDeselect={false}
              {...form.getInputProps('status')}
              error={form.errors.status ?? activationProblem}
            />
          )}
          {customer.statusReason && (
            <Alert
              variant="light"
              color="gray"
              p="xs"
              title={`Reason for ${statusLabels[customer.status].toLowerCase()}`}
            >
              {customer.statusReason}
            </Alert>
          )}
          <ReasonField
            description="Kept with the customer and shown in the history"
            placeholder={kind === 'block' ? 'e.g. Chargeback under investigation' : 'Why this change is made'}
            {...form.getInputProps('reason')}
          />
          <ModalActions onCancel={onClose} submit={text.submit} color={text.color} loading={action.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
