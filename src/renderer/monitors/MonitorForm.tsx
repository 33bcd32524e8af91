import { Button, Group, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { api } from '../../shared/api';
import type { ExchangeMonitor } from '../../shared/monitors/contract';
import { schemaValidate, showSaveError } from '../forms/schema-form';
import { useSaveMonitor } from './queries';

interface Props {
  monitor: ExchangeMonitor | null;
  onDone: () => void;
}

export function MonitorForm({ monitor, onDone }: Props) {
  const save = useSaveMonitor();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: monitor?.name ?? '', url: monitor?.url ?? '', active: monitor?.active ?? true },
    validate: schemaValidate(api['monitors.create'].input),
  });

  return (
    <form
      onSubmit={form.onSubmit((values) =>
        save.mutate(
          { ...values, id: monitor?.id },
          {
            onSuccess: (saved) => {
              notifications.show({ color: 'green', message: `Monitor "${saved.name}" saved` });
              onDone();
            },
            onError: (error) => showSaveError(form, error),
          },
        ),
      )}
    >
      <Stack>
        <TextInput label="Name" withAsterisk data-autofocus {...form.getInputProps('name')} key={form.key('name')} />
        <TextInput label="Web address" placeholder="https://" {...form.getInputProps('url')} key={form.key('url')} />
        <Switch
          label="Active: customers can be assigned to it"
          {...form.getInputProps('active', { type: 'checkbox' })}
          key={form.key('active')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save monitor
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
