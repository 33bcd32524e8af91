import { Button } from '@mantine/core';
import { IconGift } from '@tabler/icons-react';
import { useState } from 'react';
import { keysText } from '../../../keyboard/shortcut';
import { useShortcuts } from '../../../keyboard/use-shortcuts';
import { GiveRewardModal } from './GiveRewardModal';

/** The profile's key for Give reward. */
const rewardKey = 'g';

export function GiveRewardButton({ customerId, customerName }: { customerId: number; customerName: string }) {
  const [open, setOpen] = useState(false);
  useShortcuts('Customer profile', [{ keys: [rewardKey], label: 'Give a reward', run: () => setOpen(true) }]);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconGift size={16} />}
        aria-keyshortcuts={keysText(rewardKey)}
        onClick={() => setOpen(true)}
      >
        Give reward
      </Button>
      {open && <GiveRewardModal customerId={customerId} customerName={customerName} onClose={() => setOpen(false)} />}
    </>
  );
}
