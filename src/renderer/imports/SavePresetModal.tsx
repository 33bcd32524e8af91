import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { importColumnByKey } from '../../shared/imports/columns';
import type { ImportMapping } from '../../shared/imports/mapping';
import { counted } from '../customers/display/format';
import { useSavePreset } from './queries';

/** Saves the mapping (columns, constants and values) under a name. */
export function SavePresetModal({
  opened,
  onClose,
  mapping,
}: {
  opened: boolean;
  onClose: () => void;
  mapping: ImportMapping;
}) {
  const save = useSavePreset();
  const [name, setName] = useState('');
  const mapped = Object.keys(mapping.columns).map((key) => importColumnByKey.get(key)?.label ?? key);
  const values = Object.values(mapping.values).reduce((sum, byValue) => sum + Object.keys(byValue).length, 0);
  return (
    <Modal opened={opened} onClose={onClose} title="Save this mapping">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(
            { name, mapping },
            {
              onSuccess: (preset) => {
                notifications.show({ color: 'teal', message: `Mapping "${preset.name}" saved` });
                onClose();
              },
            },
          );
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            placeholder="e.g. CRM export"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={save.error?.message}
            data-autofocus
          />
          <Text size="sm" c="dimmed">
            {mapped.length} fields: {mapped.join(', ')}
            {values > 0 && `; ${counted(values, 'value')} mapped`}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
