import { Button } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { ExportDialog, type ExportDialogProps } from './ExportDialog';

/** "Export" on the customer list: opens the export dialog with the list's current view. */
export function ExportButton(props: Omit<ExportDialogProps, 'onClose'>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileExport size={16} />}
        style={{ flexShrink: 0 }}
        onClick={() => setOpen(true)}
      >
        Export
      </Button>
      {open && <ExportDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
