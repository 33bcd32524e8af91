import { Text, Tooltip } from '@mantine/core';
import type { ProfileLine } from '../../../../shared/customers/profile-lines';
import { useMonitors } from '../../../monitors/queries';

/** A profile line's value: identifiers in monospace, the exchange monitor with its address. */
export function ProfileValue({ line, monitorId }: { line: ProfileLine; monitorId?: number | null }) {
  const monitors = useMonitors();
  if (line.text === null) return null;
  if (line.field.profile.code) {
    return (
      <Text ff="monospace" size="sm">
        {line.text}
      </Text>
    );
  }
  if (line.field.kind === 'exchangeMonitor') {
    const monitor = monitors.data?.find((item) => item.id === monitorId);
    if (!monitor) return line.text;
    return (
      <Tooltip label={monitor.url ?? 'No web address'} disabled={!monitor.url}>
        <Text span size="sm">
          {monitor.name}
          {!monitor.active && (
            <Text span c="dimmed" size="sm">
              {' '}
              (inactive)
            </Text>
          )}
        </Text>
      </Tooltip>
    );
  }
  return line.text;
}
