import { NumberInput, Select, SimpleGrid, Text, TextInput, type ComboboxData } from '@mantine/core';
import { useMonitors } from '../../../monitors/queries';
import { useCustomerFormContext } from '../form-context';
import { FormSection } from './FormSection';

const percent = (
  <Text size="sm" c="dimmed">
    %
  </Text>
);

/** Active monitors can be chosen; inactive ones are listed (disabled) so a kept one still shows. */
function useMonitorOptions(): { data: ComboboxData; inactive: Set<string>; loading: boolean } {
  const monitors = useMonitors();
  const all = monitors.data ?? [];
  const inactive = new Set(all.filter((m) => !m.active).map((m) => String(m.id)));
  const data = [
    { group: 'Active', items: all.filter((m) => m.active).map((m) => ({ value: String(m.id), label: m.name })) },
    {
      group: 'Inactive: cannot be chosen',
      items: all
        .filter((m) => !m.active)
        .map((m) => ({ value: String(m.id), label: `${m.name} (inactive)`, disabled: true })),
    },
  ].filter((group) => group.items.length > 0);
  return { data, inactive, loading: monitors.isPending };
}

export function CommercialSection() {
  const form = useCustomerFormContext();
  const monitors = useMonitorOptions();
  const monitorId = form.getValues().exchangeMonitorId;

  return (
    <FormSection title="Commercial">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
        <NumberInput
          label="Discount"
          description="Whole number, 0 to 100"
          rightSection={percent}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          hideControls
          {...form.getInputProps('discount')}
        />
        <TextInput
          label="Affiliate profit share"
          withAsterisk
          description="0 to 100, at most two decimals"
          inputMode="decimal"
          autoComplete="off"
          rightSection={percent}
          {...form.getInputProps('affiliateProfitShare')}
        />
        <Select
          label="Exchange monitor"
          description={
            monitorId && monitors.inactive.has(monitorId)
              ? 'Inactive: kept as is, but cannot be chosen again once changed'
              : 'Optional; only active monitors'
          }
          placeholder={monitors.loading ? 'Loading monitors' : 'None'}
          clearable
          searchable
          nothingFoundMessage="No monitor matches"
          data={monitors.data}
          {...form.getInputProps('exchangeMonitorId')}
        />
      </SimpleGrid>
    </FormSection>
  );
}
