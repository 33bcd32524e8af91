import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { AddReviewModal } from './AddReviewModal';

/** "Add review": writes down a review a customer sent another way (by email, on the phone). */
export function AddReviewButton({ customerId }: { customerId?: number }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPlus size={16} />}
        style={{ flexShrink: 0 }}
        onClick={() => setOpen(true)}
      >
        Add review
      </Button>
      {open && <AddReviewModal customerId={customerId} onClose={() => setOpen(false)} />}
    </>
  );
}
