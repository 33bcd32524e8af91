import { Alert, Box, Group, Loader, Spoiler, Stack, Text, Timeline, Tooltip } from '@mantine/core';
import {
  IconEdit,
  IconLock,
  IconLockOpen,
  IconPlus,
  IconProgressCheck,
  IconTrash,
  IconUpload,
} from '@tabler/icons-react';
import type { AuditEntry } from '../../../../shared/customers/contract';
import { ShortHash } from '../../../app/ShortHash';
import { useMonitors } from '../../../monitors/queries';
import { fieldLabel } from '../../display/field-labels';
import { useCustomerHistory } from '../../queries';
import type { MonitorName } from '../../../../shared/customers/profile-lines';
import { changeValue, fileHash } from './change-value';
import { historyTitle } from './history-titles';
import { ProfileSection } from './ProfileSection';
import { formatDateTime, timeAgo } from '../../../app/dates';

const actions: Record<string, { icon: typeof IconEdit; color: string }> = {
  create: { icon: IconPlus, color: 'indigo' },
  update: { icon: IconEdit, color: 'blue' },
  block: { icon: IconLock, color: 'red' },
  unblock: { icon: IconLockOpen, color: 'green' },
  status: { icon: IconProgressCheck, color: 'orange' },
  'document.upload': { icon: IconUpload, color: 'cyan' },
  'document.delete': { icon: IconTrash, color: 'gray' },
};
const fallbackAction = { icon: IconEdit, color: 'gray' };

/** The files' fingerprints (SHA-256), for whoever must match a file to the vault: behind "Details". */
function FileDetails({ entry }: { entry: AuditEntry }) {
  const files = Object.entries(entry.changes).flatMap(([field, change]) =>
    [change.from, change.to].map(fileHash).flatMap((hash) => (hash ? [{ field, hash }] : [])),
  );
  if (files.length === 0) return null;
  return (
    <Box component="details" fz="xs" c="dimmed">
      <Box component="summary" style={{ cursor: 'pointer' }}>
        Details
      </Box>
      {files.map(({ field, hash }) => (
        <Text key={`${field}-${hash}`} size="xs" c="dimmed">
          {fieldLabel(field)} file fingerprint (SHA-256): <ShortHash hash={hash} />
        </Text>
      ))}
    </Box>
  );
}

function Changes({ entry, monitorName }: { entry: AuditEntry; monitorName: MonitorName }) {
  const created = entry.action === 'create';
  const rows = Object.entries(entry.changes)
    .map(([field, change]) => ({
      field,
      from: changeValue(field, change.from, monitorName),
      to: changeValue(field, change.to, monitorName),
    }))
    .filter((row) => !created || row.to !== null);
  if (rows.length === 0) return null;
  return (
    <Spoiler
      maxHeight={created ? 64 : 160}
      showLabel={`Show all ${rows.length} ${rows.length === 1 ? 'field' : 'fields'}`}
      hideLabel="Show less"
      styles={{ control: { fontSize: 'var(--mantine-font-size-xs)' } }}
      // The spoiler's content is a region landmark: named after its entry (two can share a title and a minute).
      attributes={{
        content: { 'aria-label': `Changes of entry ${entry.id}: ${historyTitle(entry)}, ${formatDateTime(entry.at)}` },
      }}
    >
      <Box
        component="ul"
        m={0}
        p={0}
        style={{
          listStyle: 'none',
          display: 'grid',
          gridTemplateColumns: rows.length > 6 ? 'repeat(2, minmax(0, 1fr))' : '1fr',
          columnGap: 24,
        }}
      >
        {rows.map((row) => (
          <Text component="li" key={row.field} size="xs" style={{ overflowWrap: 'anywhere' }}>
            <Text span fw={600} size="xs">
              {fieldLabel(row.field)}:
            </Text>{' '}
            {!created && (
              <>
                <Text span size="xs" c="dimmed" td={row.from === null ? undefined : 'line-through'}>
                  {row.from ?? '(empty)'}
                </Text>
                {' → '}
              </>
            )}
            <Text span size="xs">
              {row.to ?? '(empty)'}
            </Text>
          </Text>
        ))}
      </Box>
    </Spoiler>
  );
}

/** The audit trail of one customer, newest first: who did what, when, why, and what changed. */
export function HistorySection({ customerId }: { customerId: number }) {
  const history = useCustomerHistory(customerId);
  const monitors = useMonitors();
  const monitorName: MonitorName = (id) => monitors.data?.find((monitor) => monitor.id === id)?.name;

  return (
    <ProfileSection title="History">
      {history.isPending && <Loader size="sm" />}
      {history.isError && <Alert color="red">{history.error.message}</Alert>}
      {history.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          No changes recorded
        </Text>
      )}
      {history.data && history.data.length > 0 && (
        <Timeline bulletSize={22} lineWidth={2}>
          {history.data.map((entry) => {
            const action = actions[entry.action] ?? fallbackAction;
            return (
              <Timeline.Item
                key={entry.id}
                color={action.color}
                bullet={<action.icon size={12} />}
                title={
                  <Group gap={6} justify="space-between" wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {historyTitle(entry)}
                    </Text>
                    <Tooltip label={formatDateTime(entry.at)}>
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {timeAgo(entry.at)}
                      </Text>
                    </Tooltip>
                  </Group>
                }
              >
                <Stack gap={4}>
                  <Text size="xs" c="dimmed">
                    by {entry.actor} · {formatDateTime(entry.at)}
                  </Text>
                  {entry.reason && (
                    <Text size="sm" fs="italic">
                      “{entry.reason}”
                    </Text>
                  )}
                  <Changes entry={entry} monitorName={monitorName} />
                  <FileDetails entry={entry} />
                </Stack>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </ProfileSection>
  );
}
