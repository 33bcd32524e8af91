import { Modal, Stack, Text } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import type { CustomerSession } from '../../shared/sessions/contract';
import { counted } from '../customers/display/format';
import { ModalActions } from '../forms/ModalActions';
import { ReasonField } from '../forms/ReasonField';

export type EndTarget = { kind: 'one'; session: CustomerSession } | { kind: 'all'; active: number };
export type EndForm = UseFormReturnType<{ reason: string }>;

interface Props {
  target: EndTarget;
  loading: boolean;
  onEnd: (reason: string, form: EndForm) => void;
  onCancel: () => void;
}

/** Asks why sessions are ended: the customer is signed out on those devices, and the reason is kept with each. */
export function EndSessionsModal({ target, loading, onEnd, onCancel }: Props) {
  const form = useForm({ initialValues: { reason: '' } });
  const title = target.kind === 'one' ? 'End session' : 'End all sessions';
  return (
    <Modal opened onClose={onCancel} title={title} size="md">
      <form onSubmit={form.onSubmit((values) => onEnd(values.reason, form))} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {target.kind === 'one' ? (
              <>
                Signs the customer out of <b>{target.session.device}</b> ({target.session.ipAddress}
                {target.session.place ? `, ${target.session.place}` : ''}).
              </>
            ) : (
              <>
                Signs the customer out of <b>{counted(target.active, 'active session')}</b>, on every device.
              </>
            )}
          </Text>
          <ReasonField
            description="Kept with each session ended"
            placeholder="Why (device reported stolen, suspicious sign-in ...)"
            {...form.getInputProps('reason')}
          />
          <ModalActions onCancel={onCancel} submit={title} color="red" loading={loading} />
        </Stack>
      </form>
    </Modal>
  );
}
