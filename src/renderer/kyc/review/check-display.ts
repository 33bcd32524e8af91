import { IconAddressBook, IconCamera, IconId, IconMail, IconPhone } from '@tabler/icons-react';
import type { VerificationCheck } from '../../../shared/customers/fields';
import type { CheckState } from '../../../shared/kyc/fields';

/** How each check and state looks, the same in the queue, the review screen and the profile. */
export const checkIcons: Record<VerificationCheck, typeof IconMail> = {
  email: IconMail,
  phone: IconPhone,
  document: IconId,
  selfie: IconCamera,
  address: IconAddressBook,
};

export const stateColors: Record<CheckState, string> = {
  not_submitted: 'gray',
  pending: 'blue',
  approved: 'teal',
  rejected: 'red',
  resubmission_requested: 'orange',
};
