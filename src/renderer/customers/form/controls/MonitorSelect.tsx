import { Select, type ComboboxData } from '@mantine/core';
import { useMonitors } from '../../../monitors/queries';
import { useCustomerFormContext } from '../form-context';

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

export function MonitorSelect({ field, label }: { field: 'exchangeMonitorId'; label: string }) {
  const form = useCustomerFormContext();
  const monitors = useMonitorOptions();
  const monitorId = form.getValues()[field];
  return (
    <Select
      label={label}
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
      {...form.getInputProps(field)}
    />
  );
}
