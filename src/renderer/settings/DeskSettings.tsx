import { Alert, Button, Modal, Select, Stack, Text } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { currencies, maxBaseCurrencyDigits } from '../../shared/money/currencies';
import { useSetBaseCurrency, useSettings } from './queries';

const baseOptions = currencies
  .filter((currency) => currency.digits <= maxBaseCurrencyDigits)
  .map((currency) => ({ value: currency.code, label: `${currency.code} · ${currency.name}` }));

/** The desk-wide settings, from the sidebar: the base currency balances are kept in. */
export function DeskSettings() {
  const [open, setOpen] = useState(false);
  const settings = useSettings();
  const save = useSetBaseCurrency();
  const fixed = settings.data?.baseCurrencyFixed ?? true;
  return (
    <>
      <Button
        variant="subtle"
        color="gray"
        size="compact-sm"
        justify="flex-start"
        leftSection={<IconSettings size={16} />}
        onClick={() => setOpen(true)}
      >
        Desk settings
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Desk settings">
        <Stack>
          <Select
            label="Base currency"
            description="Balances, rewards, affiliate bonuses and withdrawals are kept in it; exchange profits are converted to it."
            data={baseOptions}
            value={settings.data?.baseCurrency ?? null}
            onChange={(currency) => currency && save.mutate(currency)}
            disabled={fixed || save.isPending}
            searchable
            allowDeselect={false}
            error={save.error?.message}
          />
          {settings.data && fixed && (
            <Text size="sm" c="dimmed">
              The ledger already holds amounts in {settings.data.baseCurrency}, so it stays the base currency: a new one
              would change what every stored amount means.
            </Text>
          )}
          {save.isSuccess && (
            <Alert color="teal" role="status">
              The base currency is now {save.data.baseCurrency}.
            </Alert>
          )}
        </Stack>
      </Modal>
    </>
  );
}
