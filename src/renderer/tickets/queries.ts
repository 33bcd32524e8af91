import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OutputOf } from '../../shared/api';
import { activityKey, useCursorPages, useInvalidateActivity } from '../activity/queries';
import { call } from '../client/api';

type ListInput = Omit<InputOf<'tickets.list'>, 'cursor' | 'limit'>;

/** Pages of tickets: open ones by who has waited longest (the queue), the others newest first. */
export function useTicketPages(input: ListInput) {
  return useCursorPages(['tickets', 'list', input], (cursor) => call('tickets.list', { ...input, cursor, limit: 50 }));
}

export function useOpenTicketCount() {
  return useQuery({
    queryKey: activityKey('tickets', 'count', 'open'),
    queryFn: () => call('tickets.count', { status: 'open' }),
  });
}

const ticketKey = (id: number) => activityKey('tickets', 'get', id);

/** One ticket with its whole thread. */
export function useTicket(id: number) {
  return useQuery({ queryKey: ticketKey(id), queryFn: () => call('tickets.get', { id }) });
}

/**
 * A write on a ticket: the answer is the ticket as it now is, shown at once; everything else
 * (queues, counts) is refreshed, after a refusal too, since a CONFLICT means the screen is out of date.
 */
function useTicketWrite<I extends { id: number }>(write: (input: I) => Promise<OutputOf<'tickets.get'>>) {
  const client = useQueryClient();
  const invalidate = useInvalidateActivity();
  return useMutation({
    mutationFn: write,
    onSuccess: (ticket) => client.setQueryData(ticketKey(ticket.id), ticket),
    onSettled: invalidate,
  });
}

/** A reply to the customer, or an internal note for staff only. */
export function useReplyToTicket() {
  return useTicketWrite((input: InputOf<'tickets.reply'>) => call('tickets.reply', input));
}

export function useCloseTicket() {
  return useTicketWrite((input: InputOf<'tickets.close'>) => call('tickets.close', input));
}
