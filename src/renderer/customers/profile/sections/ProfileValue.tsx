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
  if (line.field.kind === 'email') return <EmailText email={line.text} />;
  return line.text;
}

/** An email that does not fit its column wraps after its @, not mid-word: "margot.lefevre@" above "example.fr". */
function EmailText({ email }: { email: string }) {
  const at = email.lastIndexOf('@');
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}
