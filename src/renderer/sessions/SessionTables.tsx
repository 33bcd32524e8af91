import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import type { CustomerSession } from '../../shared/sessions/contract';
import { formatDateTime, timeAgo } from '../app/dates';

function Where({ session }: { session: CustomerSession }) {
  return (
    <>
      <Table.Td fz="sm" style={{ overflowWrap: 'anywhere' }}>
        {session.device}
      </Table.Td>
      <Table.Td fz="sm" ff="monospace">
        {session.ipAddress}
      </Table.Td>
      <Table.Td fz="sm">
        {session.place ?? (
          <Text span size="sm" c="dimmed">
            Unknown
          </Text>
        )}
      </Table.Td>
      <Table.Td fz="sm">{formatDateTime(session.signedInAt)}</Table.Td>
    </>
  );
}

const whereHeads = ['Device', 'IP address', 'Location', 'Started'];

/** Devices signed in now, most recently seen first; each can be signed out. */
export function ActiveSessionTable({
  rows,
  onEnd,
}: {
  rows: CustomerSession[];
  onEnd: (session: CustomerSession) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label="Active sessions" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            {whereHeads.map((head) => (
              <Table.Th key={head}>{head}</Table.Th>
            ))}
            <Table.Th>Last seen</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((session) => (
            <Table.Tr key={session.id} aria-label={`${session.device} from ${session.ipAddress}`}>
              <Where session={session} />
              <Table.Td fz="sm">
                {formatDateTime(session.lastSeenAt)}
                <Text size="xs" c="dimmed">
                  {timeAgo(session.lastSeenAt)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="compact-sm"
                  color="red"
                  variant="light"
                  leftSection={<IconLogout size={14} />}
                  onClick={() => onEnd(session)}
                  aria-label={`End session on ${session.device}`}
                >
                  End session
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Sessions that ended, newest first: when, by whom (a member of staff, or the customer signing out) and why. */
export function EndedSessionTable({ rows }: { rows: CustomerSession[] }) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped aria-label="Session history" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            {whereHeads.map((head) => (
              <Table.Th key={head}>{head}</Table.Th>
            ))}
            <Table.Th>Ended</Table.Th>
            <Table.Th>Ended by</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((session) => (
            <Table.Tr key={session.id} aria-label={`${session.device} from ${session.ipAddress}, ended`}>
              <Where session={session} />
              <Table.Td fz="sm">{session.endedAt ? formatDateTime(session.endedAt) : ''}</Table.Td>
              <Table.Td fz="sm">{session.endedBy === 'customer' ? 'Customer (signed out)' : session.endedBy}</Table.Td>
              <Table.Td fz="sm" style={{ overflowWrap: 'anywhere' }}>
                {session.endReason ?? (
                  <Text span size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
