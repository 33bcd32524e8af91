import { Group, MultiSelect, Select, Text } from '@mantine/core';
import { memo } from 'react';
import { IconCircleDot, IconShieldCheck, IconTag } from '@tabler/icons-react';
import type { verificationFilters } from '../../../shared/customers/contract';
import { customerStatuses, statusLabels } from '../../../shared/customers/fields';
import { CountrySelect } from '../../inputs/CountrySelect';
import { formatCount } from '../display/format';
import { useLabels } from '../queries';
import type { ListView } from './list-params';

const statusOptions = customerStatuses.map((status) => ({ value: status, label: statusLabels[status] }));
const verificationOptions: { value: (typeof verificationFilters)[number]; label: string }[] = [
  { value: 'complete', label: 'Fully verified' },
  { value: 'incomplete', label: 'Partly verified' },
  { value: 'none', label: 'Not verified' },
];

interface Props {
  view: ListView;
  onChange: (change: Partial<ListView>) => void;
}

/** What the filters show of a view: all of it but the search, which is the search box's. */
const shownBy = ({ search: _search, ...shown }: ListView) => JSON.stringify(shown);

/**
 * Status, verification, country and label filters of the customer list. Memoized: a key typed in
 * the search box changes the view, not what these show.
 */
export const ListFilters = memo(
  function ListFilters({ view, onChange }: Props) {
    const labels = useLabels();
    const labelOptions = (labels.data ?? []).map((entry) => ({ value: entry.label, label: entry.label }));
    const labelCounts = new Map((labels.data ?? []).map((entry) => [entry.label, entry.count]));

    return (
      <Group gap="xs" wrap="nowrap" style={{ flex: '3 1 640px', minWidth: 0 }}>
        <MultiSelect
          aria-label="Status"
          placeholder={view.status.length ? undefined : 'Any status'}
          data={statusOptions}
          value={view.status}
          onChange={(value) => onChange({ status: value as ListView['status'] })}
          leftSection={<IconCircleDot size={16} />}
          clearable
          style={{ flex: '1 1 210px', minWidth: 140 }}
          comboboxProps={{ width: 200, position: 'bottom-start' }}
        />
        <Select
          aria-label="Verification"
          placeholder="Any verification"
          data={verificationOptions}
          value={view.verification}
          onChange={(value) => onChange({ verification: value as ListView['verification'] })}
          leftSection={<IconShieldCheck size={16} />}
          clearable
          style={{ flex: '1 1 170px', minWidth: 140 }}
        />
        <CountrySelect
          aria-label="Country"
          placeholder="Any country"
          value={view.country}
          onChange={(value) => onChange({ country: value })}
          clearable
          style={{ flex: '1 1 170px', minWidth: 140 }}
          comboboxProps={{ width: 280, position: 'bottom-start' }}
        />
        <Select
          aria-label="Label"
          placeholder="Any label"
          data={labelOptions}
          value={view.label}
          onChange={(value) => onChange({ label: value })}
          leftSection={<IconTag size={16} />}
          nothingFoundMessage="No label matches"
          searchable
          clearable
          style={{ flex: '1 1 150px', minWidth: 140 }}
          comboboxProps={{ width: 240, position: 'bottom-start' }}
          renderOption={({ option }) => (
            <Group justify="space-between" wrap="nowrap" w="100%">
              <Text size="sm" truncate>
                {option.label}
              </Text>
              <Text size="xs" c="dimmed">
                {formatCount(labelCounts.get(option.value) ?? 0)}
              </Text>
            </Group>
          )}
        />
      </Group>
    );
  },
  (before, after) => before.onChange === after.onChange && shownBy(before.view) === shownBy(after.view),
);
