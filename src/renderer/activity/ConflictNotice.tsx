import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

interface Props {
  title: string;
  /** The core's CONFLICT message, and what the screen now shows. */
  message: string;
  onDismiss: () => void;
}

/**
 * A write refused because someone changed the record meanwhile. It stays on screen until dismissed
 * or the next write, since a toast that fades is easy to miss.
 */
export function ConflictNotice({ title, message, onDismiss }: Props) {
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={title}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onDismiss}
      role="alert"
    >
      {message}
    </Alert>
  );
}
