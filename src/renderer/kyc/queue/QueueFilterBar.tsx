import { Group, Select } from '@mantine/core';
import { verificationChecks, type VerificationCheck } from '../../../shared/customers/fields';
import type { QueueFilters } from '../../../shared/kyc/contract';
import { checkLabels } from '../../../shared/kyc/fields';
import { CountrySelect } from '../../inputs/CountrySelect';

const ageOptions = [
  { value: 'any', label: 'Any age' },
  { value: '1d', label: 'Waiting over 1 day' },
  { value: '3d', label: 'Waiting over 3 days' },
  { value: '7d', label: 'Waiting over 7 days' },
  { value: '30d', label: 'Waiting over 30 days' },
];

interface Props {
  filters: QueueFilters;
  onChange: (filters: QueueFilters) => void;
}

/** Which check, which country, how long waiting. */
export function QueueFilterBar({ filters, onChange }: Props) {
  return (
    <Group gap="sm" align="flex-end">
      <Select
        label="Check"
        w={200}
        placeholder="All checks"
        clearable
        data={verificationChecks.map((check) => ({ value: check, label: checkLabels[check] }))}
        value={filters.check ?? null}
        onChange={(value) => onChange({ ...filters, check: (value as VerificationCheck | null) ?? undefined })}
      />
      <CountrySelect
        label="Country"
        w={220}
        placeholder="All countries"
        clearable
        value={filters.country ?? null}
        onChange={(value) => onChange({ ...filters, country: value ?? undefined })}
      />
      <Select
        label="Age of request"
        w={200}
        allowDeselect={false}
        data={ageOptions}
        value={filters.age ?? 'any'}
        onChange={(value) => onChange({ ...filters, age: (value as QueueFilters['age']) ?? 'any' })}
      />
    </Group>
  );
}
