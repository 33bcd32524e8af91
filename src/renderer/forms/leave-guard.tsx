import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';

interface LeaveGuard {
  /** Goes to `to`, asking first if there are unsaved changes. */
  leave: (to: string) => void;
  /** Goes to `to` without asking (after a save). */
  leaveSaved: (to: string) => void;
  /** The "discard changes?" dialog; render it once. */
  dialog: ReactNode;
}

/**
 * Warns before unsaved changes are lost: on closing or reloading the window, on clicking an
 * in-app link (the sidebar), and on the screen's own cancel. The app uses a plain HashRouter,
 * which cannot block navigation itself, so links are intercepted before React sees the click.
 */
export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const navigate = useNavigate();
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    if (!dirty) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href^="#/"]');
      if (!link || event.defaultPrevented) return;
      event.preventDefault();
      event.stopPropagation();
      setPending(link.getAttribute('href')?.slice(1) ?? '/');
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty]);

  const go = (to: string) => {
    setPending(null);
    void navigate(to);
  };

  return {
    leave: (to) => (dirty ? setPending(to) : go(to)),
    leaveSaved: go,
    dialog: (
      <Modal opened={pending !== null} onClose={() => setPending(null)} title="Discard unsaved changes?" size="sm">
        <Text size="sm">Your changes on this screen have not been saved. Leave and lose them?</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setPending(null)} data-autofocus>
            Keep editing
          </Button>
          <Button color="red" onClick={() => pending !== null && go(pending)}>
            Discard changes
          </Button>
        </Group>
      </Modal>
    ),
  };
}
