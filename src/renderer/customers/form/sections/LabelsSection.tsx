import { TagsInput } from '@mantine/core';
import { limits } from '../../../../shared/customers/fields';
import { useLabels } from '../../queries';
import { useCustomerFormContext } from '../form-context';
import { FormSection } from './FormSection';

export function LabelsSection() {
  const form = useCustomerFormContext();
  const labels = useLabels();
  const count = form.getValues().labels.length;
  return (
    <FormSection title="Labels">
      <TagsInput
        aria-label="Labels"
        description={`Press Enter after each label; ${count} of ${limits.labels}`}
        placeholder="Add a label"
        data={labels.data?.map((entry) => entry.label) ?? []}
        maxTags={limits.labels}
        clearable
        {...form.getInputProps('labels')}
        error={form.errors.labels ?? Object.entries(form.errors).find(([path]) => path.startsWith('labels.'))?.[1]}
      />
    </FormSection>
  );
}
