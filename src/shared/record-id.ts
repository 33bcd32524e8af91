import { z } from 'zod';

/**
 * The id of a stored record as the contract takes it: a whole number above 0, exactly. Nothing
 * is coerced ("1", true and [1] are refused), so a caller's mistake never lands on record #1.
 */
export function recordId(what: string) {
  const message = `${what} id is a whole number above 0`;
  return z.number({ error: message }).int({ error: message }).positive({ error: message });
}
