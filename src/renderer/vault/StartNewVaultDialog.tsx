import { Button, Checkbox, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { passphraseProtectorName, type VaultStatus } from '../../shared/vault/contract';
import { PassphraseForm } from './PassphraseForm';
import { useStartNewVault } from './queries';

interface Props {
  status: VaultStatus;
  opened: boolean;
  onClose(): void;
}

/** The deliberate way out of a lost key: confirmed, and with a new passphrase where the desk uses one. */
export function StartNewVaultDialog({ status, opened, onClose }: Props) {
  const startNew = useStartNewVault();
  const [understood, setUnderstood] = useState(false);
  const needsPassphrase = status.protector === passphraseProtectorName && !status.passphraseHeld;
  const confirmation = (
    <Checkbox
      label={`I understand that ${status.documents === 1 ? 'the stored document' : `the ${status.documents.toLocaleString()} stored documents`} will stay unreadable`}
      checked={understood}
      onChange={(event) => setUnderstood(event.currentTarget.checked)}
    />
  );
  return (
    <Modal opened={opened} onClose={onClose} title="Start a new document vault" size="md">
      <Stack>
        <Text size="sm">
          A new key is made for new uploads. The files stored under the old key are moved aside, never used again, and
          every document stored so far is reported as unreadable. Do this only if the old key is lost for good.
        </Text>
        {needsPassphrase ? (
          <PassphraseForm
            mode="set"
            submitLabel="Start a new vault"
            pending={startNew.isPending}
            error={startNew.error}
            extra={confirmation}
            disabled={!understood}
            onSubmit={(passphrase) => startNew.mutate({ confirm: true, passphrase })}
          />
        ) : (
          <>
            {confirmation}
            {startNew.error && <Text c="red">{startNew.error.message}</Text>}
            <Button
              color="red"
              disabled={!understood}
              loading={startNew.isPending}
              onClick={() => startNew.mutate({ confirm: true })}
            >
              Start a new vault
            </Button>
          </>
        )}
      </Stack>
    </Modal>
  );
}
