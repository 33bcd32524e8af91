import { useMutation } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api';
import { useCursorPages, useInvalidateActivity } from '../activity/queries';
import { call } from '../client/api';

/** A customer's sessions, active ones first; each page brings how many are active. */
export function useSessionPages(customerId: number) {
  return useCursorPages(['sessions', customerId], (cursor) => call('sessions.list', { customerId, cursor, limit: 50 }));
}

export type EndSessions =
  { kind: 'one'; input: InputOf<'sessions.end'> } | { kind: 'all'; input: InputOf<'sessions.endAll'> };

/** Ends one session or all of a customer's; refreshed after a refusal too (a CONFLICT means the list is stale). */
export function useEndSessions() {
  const invalidate = useInvalidateActivity();
  return useMutation({
    mutationFn: async (end: EndSessions): Promise<number> => {
      if (end.kind === 'one') {
        await call('sessions.end', end.input);
        return 1;
      }
      return (await call('sessions.endAll', end.input)).ended;
    },
    onSettled: invalidate,
  });
}
