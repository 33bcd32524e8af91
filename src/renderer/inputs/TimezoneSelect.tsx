import { Group, Select, Text, type ComboboxItem, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { timeZoneList } from '../../shared/reference/timezones';

/** "+01:00" now in the zone (daylight saving included), from the runtime's Intl data. */
function currentOffset(timeZone: string, now: Date): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(now)
    .find((p) => p.type === 'timeZoneName')?.value;
  const offset = part?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/** Searchable IANA time zones, each with its current UTC offset. */
export function TimezoneSelect(props: Omit<SelectProps, 'data'>) {
  const { options, offsets } = useMemo(() => {
    const now = new Date();
    const offsetOf = new Map(timeZoneList.map((zone) => [zone, currentOffset(zone, now)]));
    const items: ComboboxItem[] = timeZoneList.map((zone) => ({
      value: zone,
      label: zone.replaceAll('_', ' '),
    }));
    return { options: items, offsets: offsetOf };
  }, []);

  return (
    <Select
      searchable
      clearable
      placeholder="Search time zones"
      nothingFoundMessage="No time zone matches"
      maxDropdownHeight={280}
      renderOption={({ option }) => (
        <Group justify="space-between" wrap="nowrap" w="100%" gap="xs">
          <Text size="sm" truncate>
            {option.label}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace">
            UTC{offsets.get(option.value)}
          </Text>
        </Group>
      )}
      {...props}
      description={props.value ? `Now UTC${offsets.get(props.value) ?? ''}` : props.description}
      data={options}
    />
  );
}
