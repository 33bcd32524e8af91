import { Button, Checkbox, Group, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  exportColumnKeys,
  exportColumnPresets,
  exportColumns,
  type ExportColumnKey,
  type ExportColumnPreset,
} from '../../shared/exports/columns';

interface Props {
  value: ExportColumnKey[];
  onChange(columns: ExportColumnKey[]): void;
}

/** The columns of a CSV or XLSX export: a checklist in the fields' order, with presets. */
export function ColumnPicker({ value, onChange }: Props) {
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
              onClick={() => onChange([...exportColumnPresets[preset].columns])}
            >
              {exportColumnPresets[preset].label}
            </Button>
          ))}
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => onChange([])}>
            None
          </Button>
        </Group>
      </Group>
      <ScrollArea.Autosize mah={260} type="auto">
        <Checkbox.Group
          aria-label="Columns"
          value={value}
          // Keep the fields' order, whatever order they were ticked in.
          onChange={(picked) => onChange(exportColumnKeys.filter((key) => picked.includes(key)))}
        >
          <SimpleGrid cols={3} spacing={6} verticalSpacing={6}>
            {exportColumnKeys.map((key) => (
              <Checkbox key={key} value={key} label={exportColumns[key].label} size="xs" />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </ScrollArea.Autosize>
      {value.length === 0 && (
        <Text size="xs" c="red">
          Choose at least one column
        </Text>
      )}
    </Stack>
  );
}
