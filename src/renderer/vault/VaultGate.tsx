import { Alert, Button, Center, Code, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconLock, IconAlertTriangle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { PageTitle } from '../app/PageTitle';
import type { VaultState, VaultStatus } from '../../shared/vault/contract';
import { useUnlockVault, useVaultStatus } from './queries';
import { PassphraseForm } from './PassphraseForm';
import { StartNewVaultDialog } from './StartNewVaultDialog';

const problemTitles: Partial<Record<VaultState, string>> = {
  missing: 'The document vault key is missing',
  corrupt: 'The document vault key file is damaged',
  wrong: 'This is not the key of these documents',
  'other-protector': 'The vault key is protected elsewhere',
};

function Screen({ children }: { children: ReactNode }) {
  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={560} maw="100%">
        {children}
      </Paper>
    </Center>
  );
}

function PassphraseScreen({ status }: { status: VaultStatus }) {
  const unlock = useUnlockVault();
  const setting = status.state === 'set-passphrase';
  return (
    <Screen>
      <Stack>
        <Group gap="sm">
          <IconLock size={28} stroke={1.6} />
          <PageTitle>{setting ? 'Protect the document vault' : 'Unlock the document vault'}</PageTitle>
        </Group>
        <Text size="sm">
          {setting
            ? 'Identity documents are stored encrypted. Choose the passphrase that protects their key on this computer; without it the documents cannot be opened.'
            : status.message}
        </Text>
        {setting && status.keyId && (
          <Text size="sm" c="dimmed">
            Key {status.keyId} is stored unprotected by an earlier version; it is protected as soon as you set the
            passphrase.
          </Text>
        )}
        <PassphraseForm
          mode={setting ? 'set' : 'enter'}
          submitLabel={setting ? 'Set passphrase' : 'Unlock'}
          pending={unlock.isPending}
          error={unlock.error}
          onSubmit={(passphrase) => unlock.mutate({ passphrase })}
        />
      </Stack>
    </Screen>
  );
}

function KeyProblemScreen({ status, onRetry }: { status: VaultStatus; onRetry(): void }) {
  const [startingNew, setStartingNew] = useState(false);
  return (
    <Screen>
      <Stack>
        <Group gap="sm">
          <IconAlertTriangle size={28} stroke={1.6} color="var(--mantine-color-red-6)" />
          <PageTitle>{problemTitles[status.state]}</PageTitle>
        </Group>
        <Alert color="red" variant="light">
          {status.message}
        </Alert>
        <Stack gap={4}>
          <Text size="sm">
            Key file: <Code>{status.keyFile}</Code>
          </Text>
          {status.expectedKeyId && (
            <Text size="sm">
              The documents need key <Code>{status.expectedKeyId}</Code>
            </Text>
          )}
          <Text size="sm">
            Stored documents: {status.documents.toLocaleString()}. New documents cannot be added until the key is back.
          </Text>
        </Stack>
        <Group justify="space-between">
          <Button
            variant="light"
            color="red"
            onClick={() => setStartingNew(true)}
            disabled={status.state === 'other-protector'}
          >
            Start a new vault…
          </Button>
          <Button onClick={onRetry}>I restored the key: check again</Button>
        </Group>
      </Stack>
      <StartNewVaultDialog status={status} opened={startingNew} onClose={() => setStartingNew(false)} />
    </Screen>
  );
}

/** Shows the desk only once the vault key is open; until then a screen that says what the key needs. */
export function VaultGate({ children }: { children: ReactNode }) {
  const status = useVaultStatus();
  if (status.isPending) {
    return (
      <Center mih="100vh">
        <Loader />
      </Center>
    );
  }
  if (status.isError) {
    return (
      <Screen>
        <Alert color="red" title="KYC Desk cannot read its vault">
          {status.error.message}
        </Alert>
      </Screen>
    );
  }
  const { state } = status.data;
  if (state === 'unlocked') return children;
  if (state === 'set-passphrase' || state === 'enter-passphrase') return <PassphraseScreen status={status.data} />;
  return <KeyProblemScreen status={status.data} onRetry={() => void status.refetch()} />;
}
