import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { minPassphraseLength } from '../../shared/vault/contract';
import { ApiError } from '../../shared/errors';

interface Props {
  /** `set`: a new passphrase, typed twice; `enter`: the one that protects the key. */
  mode: 'set' | 'enter';
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit(passphrase: string): void;
  /** Shown above the button, e.g. a confirmation the form needs too. */
  extra?: ReactNode;
  disabled?: boolean;
}

/** The passphrase fields of the lock screen and of the new-vault dialog. */
export function PassphraseForm({ mode, submitLabel, pending, error, onSubmit, extra, disabled }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const fieldError = error instanceof ApiError ? error.fieldErrors?.passphrase : undefined;
  const otherError = error instanceof Error && !fieldError ? error.message : undefined;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (mode === 'set' && passphrase !== repeat) {
          setMismatch(true);
          return;
        }
        setMismatch(false);
        onSubmit(passphrase);
      }}
    >
      <Stack>
        <PasswordInput
          label={mode === 'set' ? 'New passphrase' : 'Passphrase'}
          description={
            mode === 'set'
              ? `At least ${minPassphraseLength} characters; a few unrelated words are easy to remember`
              : undefined
          }
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          error={fieldError}
          autoComplete={mode === 'set' ? 'new-password' : 'current-password'}
          data-autofocus
          required
        />
        {mode === 'set' && (
          <PasswordInput
            label="Repeat the passphrase"
            value={repeat}
            onChange={(event) => setRepeat(event.currentTarget.value)}
            error={mismatch ? 'The two passphrases differ' : undefined}
            autoComplete="new-password"
            required
          />
        )}
        {otherError && <Alert color="red">{otherError}</Alert>}
        {extra}
        <Button type="submit" loading={pending} disabled={disabled}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
