import { Alert, Button, Group, Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDevices, IconHistory, IconLogout } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../shared/errors';
import { ConflictNotice } from '../activity/ConflictNotice';
import { EmptyList } from '../activity/EmptyList';
import { LoadMore } from '../activity/LoadMore';
import { counted } from '../customers/display/format';
import { showSaveError } from '../forms/schema-form';
import { EndSessionsModal, type EndForm, type EndTarget } from './EndSessionsModal';
import { useEndSessions, useSessionPages } from './queries';
import { ActiveSessionTable, EndedSessionTable } from './SessionTables';

/** The customer's signed-in devices, each or all to end with a reason, above the history of ended ones. */
export function CustomerSessions({ customerId, actions }: { customerId: number; actions?: ReactNode }) {
  const { pages, rows, firstPage } = useSessionPages(customerId);
  const end = useEndSessions();
  const [target, setTarget] = useState<EndTarget | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);

  const submit = (reason: string, form: EndForm) => {
    if (!target) return;
    setConflict(null);
    end.mutate(
      target.kind === 'one'
        ? { kind: 'one', input: { id: target.session.id, reason } }
        : { kind: 'all', input: { customerId, reason } },
      {
        onSuccess: (ended) => {
          setTarget(null);
          notifications.show({
            color: 'teal',
            title: ended === 1 ? 'Session ended' : 'Sessions ended',
            message: `${counted(ended, 'session')} signed out.`,
          });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'CONFLICT') {
            setTarget(null);
            setConflict(error.message);
          } else showSaveError(form, error);
        },
      },
    );
  };

  if (pages.isError) return <Alert color="red">{pages.error.message}</Alert>;
  if (pages.isPending) return <Loader size="sm" aria-label="Loading the sessions" />;
  const active = rows.filter((session) => session.endedAt === null);
  const ended = rows.filter((session) => session.endedAt !== null);
  const activeCount = firstPage?.active ?? active.length;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={2} size="h4">
          Active sessions ({activeCount})
        </Title>
        <Group gap="xs">
          {actions}
          {activeCount > 0 && (
            <Button
              color="red"
              variant="light"
              leftSection={<IconLogout size={16} />}
              onClick={() => {
                setConflict(null);
                setTarget({ kind: 'all', active: activeCount });
              }}
            >
              End all sessions
            </Button>
          )}
        </Group>
      </Group>
      {conflict && (
        <ConflictNotice
          title="Already ended"
          message={`${conflict}. The list now shows the sessions as they are.`}
          onDismiss={() => setConflict(null)}
        />
      )}
      {active.length > 0 ? (
        <ActiveSessionTable
          rows={active}
          onEnd={(session) => {
            setConflict(null);
            setTarget({ kind: 'one', session });
          }}
        />
      ) : (
        <EmptyList icon={IconDevices} title="Not signed in anywhere">
          Devices the customer signs in on appear here, to sign them out if needed.
        </EmptyList>
      )}
      <Title order={2} size="h4">
        Session history
      </Title>
      {ended.length > 0 ? (
        <EndedSessionTable rows={ended} />
      ) : (
        <EmptyList icon={IconHistory} title="No ended sessions">
          Sessions the customer signed out of, or that staff ended, are kept here with who ended them and why.
        </EmptyList>
      )}
      {rows.length > 0 && <LoadMore pages={pages} shown={rows.length} noun="session" />}
      {target && (
        <EndSessionsModal target={target} loading={end.isPending} onEnd={submit} onCancel={() => setTarget(null)} />
      )}
    </Stack>
  );
}
