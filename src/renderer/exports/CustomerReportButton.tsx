import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../client/api';
import { saveExport } from './save-export';

/** "KYC report (PDF)" on a customer profile: renders the profile report, then saves it. */
export function CustomerReportButton({ customerId }: { customerId: number }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="default"
      leftSection={<IconFileTypePdf size={16} />}
      loading={busy}
      onClick={() => {
        setBusy(true);
        call('exports.customerReport', { id: customerId })
          .then(saveExport)
          .catch((error: Error) => notifications.show({ color: 'red', title: 'No report', message: error.message }))
          .finally(() => setBusy(false));
      }}
    >
      KYC report (PDF)
    </Button>
  );
}
