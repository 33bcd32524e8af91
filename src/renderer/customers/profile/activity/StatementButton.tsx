import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../../../shared/errors';
import { call } from '../../../client/api';
import { saveExport } from '../../../exports/save-export';

/** "Balance statement (PDF)": asks for a period (either end may stay open), renders it, saves it. */
export function StatementButton({ customerId }: { customerId: number }) {
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const make = () => {
    setBusy(true);
    setError(null);
    call('ledger.statement', { customerId, from, to })
      .then(async (file) => {
        setOpen(false);
        await saveExport(file);
      })
      .catch((failure: Error) => {
        if (failure instanceof ApiError && failure.fieldErrors) setError(failure);
        else notifications.show({ color: 'red', title: 'No statement', message: failure.message });
      })
      .finally(() => setBusy(false));
  };
  return (
    <>
      <Button variant="default" size="xs" leftSection={<IconFileTypePdf size={14} />} onClick={() => setOpen(true)}>
        Balance statement (PDF)
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Balance statement">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            make();
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              The opening balance, every entry of the period with the balance after it, and the closing balance. Leave a
              day empty to start at the first entry or end today.
            </Text>
            <Group grow>
              <DateInput
                label="From"
                placeholder="First entry"
                valueFormat="D MMM YYYY"
                value={from}
                onChange={setFrom}
                maxDate={to ?? undefined}
                clearable
                error={error?.fieldErrors?.from}
              />
              <DateInput
                label="To"
                placeholder="Today"
                valueFormat="D MMM YYYY"
                value={to}
                onChange={setTo}
                minDate={from ?? undefined}
                clearable
                error={error?.fieldErrors?.to}
              />
            </Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={busy} leftSection={<IconFileTypePdf size={16} />}>
                Make statement
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
