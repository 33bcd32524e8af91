import { ActionIcon, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { z } from 'zod';
import { fieldErrorsOf } from '../../shared/validation';
import type { KeyValue } from './key-values';

interface Props {
  opened: boolean;
  title: string;
  /** Entries already in the editor; new keys are checked against them. */
  existing: readonly KeyValue[];
  /** How many entries this modal may add. */
  allowed: number;
  /** The shared rule for the whole list (keys required, unique, lengths). */
  schema: z.ZodType;
  onAdd: (entries: KeyValue[]) => void;
  onClose: () => void;
}

const blank = (): KeyValue => ({ key: '', value: '' });

/** Adds several key/value entries at once, no more than `allowed`. */
export function AddEntriesModal({ opened, title, existing, allowed, schema, onAdd, onClose }: Props) {
  const [rows, setRows] = useState<KeyValue[]>([blank()]);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const close = () => {
    setRows([blank()]);
    setErrors({});
    onClose();
  };
  const setRow = (index: number, patch: Partial<KeyValue>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const submit = () => {
    const result = schema.safeParse([...existing, ...rows]);
    const all = result.success ? {} : fieldErrorsOf(result.error);
    const own: Record<string, string> = {};
    for (const [path, message] of Object.entries(all)) {
      const [index, part] = path.split('.');
      const row = Number(index) - existing.length;
      if (row >= 0 && part) own[`${row}.${part}`] = message;
      else if (row >= 0 || index === '_') own._ = message;
    }
    setErrors(own);
    if (Object.keys(own).length === 0) {
      onAdd(rows.map((row) => ({ key: row.key.trim(), value: row.value.trim() })));
      close();
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={title} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          event.stopPropagation();
          submit();
        }}
      >
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            You can add {allowed} more in this update.
          </Text>
          {rows.map((row, index) => (
            <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                label={`New key ${index + 1}`}
                value={row.key}
                onChange={(event) => setRow(index, { key: event.currentTarget.value })}
                error={errors[`${index}.key`]}
                data-autofocus={index === 0 || undefined}
                style={{ flex: 2 }}
              />
              <TextInput
                label={`New value ${index + 1}`}
                value={row.value}
                onChange={(event) => setRow(index, { value: event.currentTarget.value })}
                error={errors[`${index}.value`]}
                style={{ flex: 3 }}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={26}
                aria-label={`Remove new entry ${index + 1}`}
                disabled={rows.length === 1}
                onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          {errors._ && (
            <Text size="sm" c="red">
              {errors._}
            </Text>
          )}
          <Group justify="space-between" mt="xs">
            <Button
              variant="subtle"
              leftSection={<IconPlus size={14} />}
              disabled={rows.length >= allowed}
              onClick={() => setRows((current) => [...current, blank()])}
            >
              Add another ({rows.length} of {allowed})
            </Button>
            <Group gap="xs">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit">Add {rows.length === 1 ? 'entry' : `${rows.length} entries`}</Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
