import { Alert, Button, Group, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportColumn } from '../../shared/imports/columns';
import { importKindSpecs, type ImportKind } from '../../shared/imports/kinds';
import type { UnresolvedColumn } from '../../shared/imports/contract';
import { valueTargets, type ImportMapping } from '../../shared/imports/mapping';
import { countryName } from '../../shared/reference/countries';
import { counted } from '../customers/display/format';
import { CountrySelect } from '../inputs/CountrySelect';
import { useMonitors } from '../monitors/queries';

/** The Select's value for "imported without a monitor" (a Select's value cannot be ''). */
const noMonitor = 'none';

/**
 * Step 3: the values of the file's country, choice and yes/no columns that do not read on their
 * own, each mapped once for every row that has it (kept in `mapping.values`, so a saved
 * mapping keeps it too).
 */
export function ValuesStep({
  kind,
  columns,
  mapping,
  onChange,
}: {
  kind: ImportKind;
  columns: readonly UnresolvedColumn[];
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
}) {
  function choose(key: string, value: string, target: string | null) {
    const { [value]: _previous, ...others } = mapping.values[key] ?? {};
    const values = target !== null ? { ...others, [value]: target } : others;
    onChange({ ...mapping, values: { ...mapping.values, [key]: values } });
  }

  if (columns.length === 0) {
    return (
      <Alert color="teal" title="Every value reads as it is">
        The countries, choices and yes/no columns of this file need no mapping.
      </Alert>
    );
  }
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        These values of the file are not a country, choice, yes/no or exchange monitor the desk knows. Say once what
        each one is; a value left as it is makes its rows invalid in the dry run, or an optional one a warning.
      </Text>
      {columns.map((column) => (
        <ValueTable
          key={column.key}
          column={column}
          field={importKindSpecs[kind].byKey.get(column.key)}
          chosen={mapping.values[column.key] ?? {}}
          onChoose={(value, target) => choose(column.key, value, target)}
        />
      ))}
    </Stack>
  );
}

/** One of the desk's active monitors for a monitor id of the file, or none. */
function MonitorTarget({
  label,
  current,
  onChange,
}: {
  label: string;
  current: string | null;
  onChange: (target: string | null) => void;
}) {
  const monitors = useMonitors(true);
  const data = [
    { value: noMonitor, label: 'No monitor (import without it)' },
    ...(monitors.data ?? []).map((monitor) => ({
      value: String(monitor.id),
      label: `${monitor.name} (#${monitor.id})`,
    })),
  ];
  return (
    <Select
      aria-label={label}
      data={data}
      value={current === '' ? noMonitor : current}
      onChange={(target) => onChange(target === noMonitor ? '' : target)}
      placeholder="Leave as it is"
      clearable
      searchable
      size="sm"
    />
  );
}

function ValueTable({
  column,
  field,
  chosen,
  onChoose,
}: {
  column: UnresolvedColumn;
  /** The kind's column the values are for. */
  field: ImportColumn | undefined;
  chosen: Readonly<Record<string, string>>;
  onChoose: (value: string, target: string | null) => void;
}) {
  if (!field) return null;
  const tableName = `Values of ${column.header}`;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {field.label}{' '}
        <Text span size="sm" c="dimmed" fw={400}>
          column “{column.header}”
        </Text>
      </Title>
      <ScrollArea.Autosize mah={360} type="auto">
        <Table striped verticalSpacing={6} aria-label={tableName} stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="30%">Value in the file</Table.Th>
              <Table.Th w="12%">Rows</Table.Th>
              <Table.Th>Imported as</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {column.values.map(({ value, rows, candidates }) => {
              const label = `${field.label} for “${value}”`;
              const current = chosen[value] ?? null;
              return (
                <Table.Tr key={value}>
                  <Table.Td fw={500}>{value}</Table.Td>
                  <Table.Td>{counted(rows, 'row')}</Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      {field.kind === 'monitor' ? (
                        <MonitorTarget label={label} current={current} onChange={(target) => onChoose(value, target)} />
                      ) : field.kind === 'country' ? (
                        <CountrySelect
                          aria-label={label}
                          value={current}
                          onChange={(target) => onChoose(value, target)}
                          placeholder="Leave as it is"
                          clearable
                          size="sm"
                        />
                      ) : (
                        <Select
                          aria-label={label}
                          data={valueTargets(field) ?? []}
                          value={current}
                          onChange={(target) => onChoose(value, target)}
                          placeholder="Leave as it is"
                          clearable
                          size="sm"
                        />
                      )}
                      {candidates.length > 0 && (
                        <Group gap={6}>
                          <Text size="xs" c="dimmed">
                            Could be
                          </Text>
                          {candidates.map((code) => (
                            <Button
                              key={code}
                              size="compact-xs"
                              variant={current === code ? 'filled' : 'light'}
                              aria-pressed={current === code}
                              onClick={() => onChoose(value, code)}
                            >
                              {countryName(code)}
                            </Button>
                          ))}
                        </Group>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {column.moreRows > 0 && (
        <Text size="sm" c="dimmed">
          {counted(column.moreRows, 'more row')} have yet other values: map these first, or fix the file.
        </Text>
      )}
    </Stack>
  );
}
