import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useBlocker, useNavigate } from 'react-router';

interface LeaveGuard {
  /** Goes to `to`, asking first if there are unsaved changes. */
  leave: (to: string) => void;
  /** Goes to `to` without asking (after a save). */
  leaveSaved: (to: string) => void;
  /** The "discard changes?" dialog; render it once. */
  dialog: ReactNode;
}

/**
 * Warns before unsaved changes are lost, whatever the way out: the sidebar, an Alt+key
 * shortcut, the Back button, the screen's own cancel (the router's blocker sees every
 * navigation), and closing or reloading the window (beforeunload).
 */
export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const navigate = useNavigate();
  const saved = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !saved.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  // Focus leaves the dialog at once, not after its closing transition: the form's keys
  // (Ctrl+S) work again as soon as it is dismissed.
  const stay = () => {
    blocker.reset?.();
    (document.activeElement as HTMLElement | null)?.blur();
  };

  return {
    leave: (to) => void navigate(to),
    leaveSaved: (to) => {
      saved.current = true;
      void navigate(to);
    },
    dialog: (
      <Modal opened={blocker.state === 'blocked'} onClose={stay} title="Discard unsaved changes?" size="sm">
        <Text size="sm">Your changes on this screen have not been saved. Leave and lose them?</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={stay} data-autofocus>
            Keep editing
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            Discard changes
          </Button>
        </Group>
      </Modal>
    ),
  };
}
