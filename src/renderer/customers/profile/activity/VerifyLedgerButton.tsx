import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { IconShieldCheck } from '@tabler/icons-react';
import { call } from '../../../client/api';

/** Checks the ledger's rules for this customer and says what it found. */
export function VerifyLedgerButton({ customerId }: { customerId: number }) {
  const verify = useMutation({
    mutationFn: () => call('ledger.verify', { customerId }),
    onSuccess: ({ entries, problems }) =>
      notifications.show(
        problems.length === 0
          ? {
              color: 'teal',
              title: 'Ledger sound',
              message: `${entries.toLocaleString()} entr${entries === 1 ? 'y' : 'ies'} checked: never below zero, every reversal and payout matches.`,
            }
          : {
              color: 'red',
              title: `${problems.length} problem${problems.length === 1 ? '' : 's'} in the ledger`,
              message: problems
                .map((p) => `${p.problem}${p.entryId === null ? '' : ` (entry #${p.entryId})`}`)
                .join('; '),
              autoClose: false,
            },
      ),
    onError: (error: Error) => notifications.show({ color: 'red', title: 'Could not verify', message: error.message }),
  });
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconShieldCheck size={14} />}
      loading={verify.isPending}
      onClick={() => verify.mutate()}
    >
      Verify ledger
    </Button>
  );
}
