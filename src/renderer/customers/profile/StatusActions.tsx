import { Button } from '@mantine/core';
import { IconLock, IconLockOpen, IconProgressCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { Customer } from '../../../shared/customers/schema';
import { StatusReasonModal, type StatusActionKind } from './StatusReasonModal';

/** Block or unblock, or move along the lifecycle; each asks for a reason first. */
export function StatusActions({ customer }: { customer: Customer }) {
  const [open, setOpen] = useState<StatusActionKind | null>(null);
  const locked = customer.status === 'locked';
  return (
    <>
      {!locked && (
        <Button variant="default" leftSection={<IconProgressCheck size={16} />} onClick={() => setOpen('setStatus')}>
          Change status
        </Button>
      )}
      {locked ? (
        <Button
          color="green"
          variant="light"
          leftSection={<IconLockOpen size={16} />}
          onClick={() => setOpen('unblock')}
        >
          Unblock
        </Button>
      ) : (
        <Button color="red" variant="light" leftSection={<IconLock size={16} />} onClick={() => setOpen('block')}>
          Block
        </Button>
      )}
      {open && <StatusReasonModal customer={customer} kind={open} onClose={() => setOpen(null)} />}
    </>
  );
}
