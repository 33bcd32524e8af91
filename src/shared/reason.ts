import { multiLineText } from './text';

/** Why a member of staff did something: asked by every action that needs one, the same way. */
export const reason = multiLineText({ error: 'Give a reason' })
  .trim()
  .min(3, { error: 'Give a reason of at least 3 characters' })
  .max(500, { error: 'Keep the reason under 500 characters' });
