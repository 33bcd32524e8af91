import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconSettings } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../shared/api';
import { uploadLimitMegabytes } from '../../../shared/kyc/fields';
import { call } from '../../client/api';
import { schemaValidate, showSaveError } from '../../forms/schema-form';
import { kycKeys, useKycSettings } from '../queries';

function LimitForm({ current, onDone }: { current: number; onDone: () => void }) {
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (maxUploadMegabytes: number) => call('kyc.updateSettings', { maxUploadMegabytes }),
    onSuccess: (settings) => client.setQueryData(kycKeys.settings, settings),
  });
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { maxUploadMegabytes: current },
    validate: schemaValidate(api['kyc.updateSettings'].input),
  });
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        save.mutate(values.maxUploadMegabytes, { onSuccess: onDone, onError: (error) => showSaveError(form, error) }),
      )}
    >
      <Stack>
        <NumberInput
          label="Largest file a customer's slot accepts"
          description={`Between ${uploadLimitMegabytes.min} and ${uploadLimitMegabytes.max} MB; files already stored stay.`}
          suffix=" MB"
          allowDecimal={false}
          data-autofocus
          {...form.getInputProps('maxUploadMegabytes')}
          key={form.key('maxUploadMegabytes')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save limit
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The upload size limit (10 MB unless changed), shown on the queue and changed in a small dialog. */
export function UploadLimitSetting() {
  const settings = useKycSettings();
  const [editing, setEditing] = useState(false);
  if (!settings.data) return null;
  return (
    <>
      <Button variant="subtle" size="xs" leftSection={<IconSettings size={14} />} onClick={() => setEditing(true)}>
        Upload limit: {settings.data.maxUploadMegabytes} MB
      </Button>
      <Modal opened={editing} onClose={() => setEditing(false)} title="Upload size limit">
        <Text size="sm" c="dimmed" mb="sm">
          Applies to every upload slot, on every customer.
        </Text>
        <LimitForm current={settings.data.maxUploadMegabytes} onDone={() => setEditing(false)} />
      </Modal>
    </>
  );
}
