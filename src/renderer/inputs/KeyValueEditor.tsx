import { ActionIcon, Badge, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { z } from 'zod';
import { AddEntriesModal } from './AddEntriesModal';
import { addAllowance, type KeyValue } from './key-values';

interface Props {
  /** "Custom fields", "Metadata": names the group and its buttons. */
  label: string;
  /** Singular noun for one entry: "field", "key". */
  noun: string;
  entries: KeyValue[];
  onChange: (entries: KeyValue[]) => void;
  /** Keys already saved (lower case): entries with other keys count as added in this update. */
  storedKeys: ReadonlySet<string>;
  limits: { perUpdate: number; total: number };
  schema: z.ZodType;
  /** A message about the list as a whole (e.g. a limit the server enforced). */
  error?: string;
  entryError: (index: number, part: keyof KeyValue) => string | undefined;
}

/** Editable key/value pairs with an "Add" modal that respects per-update and total limits. */
export function KeyValueEditor({
  label,
  noun,
  entries,
  onChange,
  storedKeys,
  limits,
  schema,
  error,
  entryError,
}: Props) {
  const [adding, setAdding] = useState(false);
  const { allowed, reason } = addAllowance(entries, storedKeys, limits);
  const setEntry = (index: number, patch: Partial<KeyValue>) =>
    onChange(entries.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Badge variant="light" color={entries.length >= limits.total ? 'orange' : 'gray'}>
          {entries.length} of {limits.total} used
        </Badge>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          disabled={allowed === 0}
          onClick={() => setAdding(true)}
        >
          Add {noun}
        </Button>
      </Group>
      {entries.length === 0 && (
        <Text size="sm" c="dimmed">
          No {label.toLowerCase()} yet.
        </Text>
      )}
      {entries.map((entry, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label={`${label}: key ${index + 1}`}
            placeholder="Key"
            value={entry.key}
            onChange={(event) => setEntry(index, { key: event.currentTarget.value })}
            error={entryError(index, 'key')}
            style={{ flex: 2 }}
          />
          <TextInput
            aria-label={`${label}: value of ${entry.key || `key ${index + 1}`}`}
            placeholder="Value"
            value={entry.value}
            onChange={(event) => setEntry(index, { value: event.currentTarget.value })}
            error={entryError(index, 'value')}
            style={{ flex: 3 }}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={4}
            aria-label={`Remove ${entry.key || `key ${index + 1}`}`}
            onClick={() => onChange(entries.filter((_, i) => i !== index))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {reason && (
        <Text size="xs" c="dimmed">
          {reason}
        </Text>
      )}
      {error && <Input.Error>{error}</Input.Error>}
      <AddEntriesModal
        opened={adding}
        title={`Add ${label.toLowerCase()}`}
        existing={entries}
        allowed={allowed}
        schema={schema}
        onAdd={(added) => onChange([...entries, ...added])}
        onClose={() => setAdding(false)}
      />
    </Stack>
  );
}
