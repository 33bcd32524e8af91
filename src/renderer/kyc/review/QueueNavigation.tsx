import { Button, Group, Kbd, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { useQueueWalk } from './use-queue-walk';

/** Previous / next customer in the queue, as buttons with their keys. */
export function QueueNavigation({ walk }: { walk: ReturnType<typeof useQueueWalk> }) {
  if (!walk.inQueue) return null;
  return (
    <Group gap="xs">
      <Tooltip label={<Kbd size="xs">P</Kbd>}>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconChevronLeft size={14} />}
          disabled={!walk.previous}
          onClick={walk.goPrevious}
        >
          Previous
        </Button>
      </Tooltip>
      <Tooltip label={<Kbd size="xs">N</Kbd>}>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronRight size={14} />}
          disabled={!walk.next}
          onClick={walk.goNext}
        >
          Next
        </Button>
      </Tooltip>
    </Group>
  );
}
