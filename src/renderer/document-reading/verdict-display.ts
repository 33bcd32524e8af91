import type { Verdict } from '../../shared/document-reading/fields';

/** A verdict's badge colour: agreement and a valid date are good news, a difference or expiry a finding. */
export const verdictColors: Record<Verdict, string> = {
  agree: 'teal',
  valid: 'teal',
  differ: 'red',
  expired: 'red',
  unreadable: 'gray',
  notOnProfile: 'gray',
};
