import { Alert, Button, Group, ScrollArea, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { importKindSpecs, type ImportKind } from '../../shared/imports/kinds';
import { importFormatNames, type FileFacts } from '../../shared/imports/contract';
import type { ImportMapping } from '../../shared/imports/mapping';
import { usePresets } from './queries';
import { SavePresetModal } from './SavePresetModal';

/** The choices of a file column: the kind's columns, or none. */
function columnOptions(kind: ImportKind) {
  return [
    { value: '', label: 'Do not import' },
    ...importKindSpecs[kind].columns.map((c) => ({
      value: c.key,
      label: c.required ? `${c.label} (required)` : c.label,
    })),
  ];
}
const encodingNames: Record<FileFacts['encoding'], string> = { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252' };
const delimiterNames: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/** How the file was read: a CSV's encoding and separator, or a workbook's sheet. */
function howRead(file: FileFacts): string {
  if (file.sheet !== null) return `${importFormatNames[file.format]} · sheet "${file.sheet}"`;
  const delimiter = delimiterNames[file.delimiter] ?? `"${file.delimiter}"`;
  return `${encodingNames[file.encoding]} · ${delimiter} separated`;
}

/** Step 2: which file column feeds which field of the kind; values for missing required fields. */
export function MappingStep({
  kind,
  file,
  mapping,
  onChange,
  error,
}: {
  kind: ImportKind;
  file: FileFacts;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
  error: string | null;
}) {
  const presets = usePresets();
  const [saving, setSaving] = useState(false);
  const keyOfHeader = new Map(Object.entries(mapping.columns).map(([key, header]) => [header, key]));
  const missing = importKindSpecs[kind].required.filter((c) => !mapping.columns[c.key]);
  const options = columnOptions(kind);

  function assign(header: string, key: string) {
    const columns = Object.fromEntries(Object.entries(mapping.columns).filter(([k, h]) => h !== header && k !== key));
    if (key) columns[key] = header;
    onChange({ ...mapping, columns });
  }

  function loadPreset(id: string | null) {
    const preset = presets.data?.find((p) => String(p.id) === id);
    if (!preset) return;
    const headers = new Set(file.headers);
    const columns = Object.fromEntries(
      Object.entries(preset.mapping.columns).filter(([, header]) => headers.has(header)),
    );
    onChange({ columns, constants: preset.mapping.constants, values: preset.mapping.values });
    notifications.show({ message: `Mapping "${preset.name}" loaded` });
  }

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed">
          {file.fileName} · {howRead(file)} · {file.headers.length} columns
        </Text>
        <Group gap="xs" align="flex-end">
          <Select
            aria-label="Load a saved mapping"
            placeholder="Load a saved mapping"
            data={(presets.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
            onChange={loadPreset}
            value={null}
            w={240}
            disabled={!presets.data?.length}
          />
          <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} onClick={() => setSaving(true)}>
            Save mapping…
          </Button>
        </Group>
      </Group>

      <ScrollArea.Autosize mah={420} type="auto">
        <Table striped verticalSpacing={6} aria-label="Column mapping" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="28%">Column in the file</Table.Th>
              <Table.Th w="32%">Sample values</Table.Th>
              <Table.Th>Imported as</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {file.headers.map((header, index) => {
              const samples = file.sample
                .map((row) => row[index] ?? '')
                .filter(Boolean)
                .slice(0, 3);
              const key = keyOfHeader.get(header) ?? '';
              return (
                <Table.Tr key={`${header}-${index}`}>
                  <Table.Td fw={500}>{header || <Text c="dimmed">(no header)</Text>}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={1} title={samples.join(' · ')}>
                      {samples.join(' · ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Field for column ${header}`}
                      data={options}
                      value={key}
                      onChange={(value) => assign(header, value ?? '')}
                      searchable
                      allowDeselect={false}
                      size="sm"
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>

      {missing.length > 0 && (
        <Alert color="yellow" title="Required fields the file lacks">
          <Stack gap="xs">
            <Text size="sm">Map a column to each, or give one value for every row.</Text>
            <Group align="flex-end">
              {missing.map((column) =>
                column.options ? (
                  <Select
                    key={column.key}
                    label={`${column.label} for all rows`}
                    data={column.options.values.map((value) => ({
                      value,
                      label: column.options?.labels[value] ?? value,
                    }))}
                    value={mapping.constants[column.key] ?? null}
                    onChange={(value) =>
                      onChange({ ...mapping, constants: { ...mapping.constants, [column.key]: value ?? '' } })
                    }
                    w={200}
                  />
                ) : (
                  <TextInput
                    key={column.key}
                    label={`${column.label} for all rows`}
                    value={mapping.constants[column.key] ?? ''}
                    onChange={(event) =>
                      onChange({
                        ...mapping,
                        constants: { ...mapping.constants, [column.key]: event.currentTarget.value },
                      })
                    }
                    w={200}
                  />
                ),
              )}
            </Group>
          </Stack>
        </Alert>
      )}
      {error && (
        <Alert color="red" title="The mapping is not complete">
          {error}
        </Alert>
      )}
      <SavePresetModal opened={saving} onClose={() => setSaving(false)} mapping={mapping} />
    </Stack>
  );
}
