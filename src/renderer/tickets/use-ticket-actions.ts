import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ApiError } from '../../shared/errors';
import type { TicketRecord } from '../../shared/tickets/contract';
import { showSaveError } from '../forms/schema-form';
import type { CloseForm } from './CloseTicketModal';
import type { ComposerForm, ComposerMode } from './TicketComposer';
import { useCloseTicket, useReplyToTicket } from './queries';

/**
 * Replying, noting and closing one ticket. A CONFLICT (someone closed it meanwhile) is kept on
 * screen above the thread until the next write, since a toast that fades is easy to miss.
 */
export function useTicketActions(ticket: TicketRecord | undefined) {
  const reply = useReplyToTicket();
  const close = useCloseTicket();
  const [conflict, setConflict] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);

  const refused = <V>(error: unknown, form: UseFormReturnType<V>) => {
    if (error instanceof ApiError && error.code === 'CONFLICT') {
      setConflict(error.message);
      setClosing(false);
    } else showSaveError(form, error);
  };

  const send = (body: string, mode: ComposerMode, form: ComposerForm) => {
    if (!ticket) return;
    setConflict(null);
    reply.mutate(
      { id: ticket.id, body, internal: mode === 'note' },
      {
        onSuccess: () => {
          form.reset();
          notifications.show({
            color: mode === 'note' ? 'yellow' : 'teal',
            title: mode === 'note' ? 'Internal note added' : 'Reply sent',
            message: mode === 'note' ? `${ticket.reference}: for staff only.` : `${ticket.reference} is answered.`,
          });
        },
        onError: (error) => refused(error, form),
      },
    );
  };

  const closeTicket = (reason: string, form: CloseForm) => {
    if (!ticket) return;
    setConflict(null);
    close.mutate(
      { id: ticket.id, reason },
      {
        onSuccess: () => {
          setClosing(false);
          notifications.show({ color: 'gray', title: 'Ticket closed', message: `${ticket.reference} is closed.` });
        },
        onError: (error) => refused(error, form),
      },
    );
  };

  return {
    send,
    sending: reply.isPending,
    closeTicket,
    closingBusy: close.isPending,
    closing,
    startClosing: () => {
      setConflict(null);
      setClosing(true);
    },
    stopClosing: () => setClosing(false),
    conflict,
    dismissConflict: () => setConflict(null),
  };
}
