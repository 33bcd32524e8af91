import { Button, Checkbox, Group, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  exportColumnKeys,
  exportColumnPresets,
  exportColumns,
  presetHeaders,
  type ExportColumnKey,
  type ExportColumnPreset,
  type ExportHeaders,
} from '../../shared/exports/columns';

export interface ColumnChoice {
  columns: ExportColumnKey[];
  headers: ExportHeaders;
}

interface Props {
  value: ColumnChoice;
  onChange(choice: ColumnChoice): void;
}

/**
 * The columns of a CSV or XLSX export: a checklist in the fields' order, with presets. A preset
 * sets how the header names the columns; a column ticked by hand makes it a file for people,
 * headed by the labels shown here.
 */
export function ColumnPicker({ value: { columns: value, headers }, onChange }: Props) {
  const pick = (columns: ExportColumnKey[]) => onChange({ columns, headers: 'labels' });
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          Columns ({value.length} of {exportColumnKeys.length})
        </Text>
        <Group gap={4}>
          {(Object.keys(exportColumnPresets) as ExportColumnPreset[]).map((preset) => (
            <Button
              key={preset}
              size="compact-xs"
              variant="light"
              onClick={() =>
                onChange({ columns: [...exportColumnPresets[preset].columns], headers: presetHeaders(preset) })
              }
            >
              {exportColumnPresets[preset].label}
            </Button>
          ))}
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => pick([])}>
            None
          </Button>
        </Group>
      </Group>
      <ScrollArea.Autosize mah={260} type="auto">
        <Checkbox.Group
          aria-label="Columns"
          value={value}
          // Keep the fields' order, whatever order they were ticked in.
          onChange={(picked) => pick(exportColumnKeys.filter((key) => picked.includes(key)))}
        >
          <SimpleGrid cols={3} spacing={6} verticalSpacing={6}>
            {exportColumnKeys.map((key) => (
              <Checkbox key={key} value={key} label={exportColumns[key].label} size="xs" />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </ScrollArea.Autosize>
      {headers === 'keys' && (
        <Text size="xs" c="dimmed">
          Headed by the columns’ keys ({value.slice(0, 2).join(', ')} …), as another KYC Desk’s import reads them.
        </Text>
      )}
      {value.length === 0 && (
        <Text size="xs" c="red">
          Choose at least one column
        </Text>
      )}
    </Stack>
  );
}
