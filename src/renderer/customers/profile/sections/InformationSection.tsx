import type { Customer } from '../../../../shared/customers/schema';
import { countryWithDialCode, formatDate, formatPhoneNumber } from '../../display/format';
import { FieldList } from './FieldList';
import { ProfileSection } from './ProfileSection';

const genderLabels: Record<Customer['gender'], string> = { male: 'Male', female: 'Female', other: 'Other' };

/** Every field of the field guide that describes the person. */
export function InformationSection({ customer }: { customer: Customer }) {
  return (
    <ProfileSection title="Information">
      <FieldList
        columns={2}
        fields={[
          { label: 'First name', value: customer.firstName },
          { label: 'Last name', value: customer.lastName },
          { label: 'Email', value: customer.email },
          { label: 'Phone', value: customer.phone && formatPhoneNumber(customer.phone, customer.phoneExtension) },
          { label: 'Gender', value: genderLabels[customer.gender] },
          { label: 'Birth date', value: customer.birthDate && formatDate(customer.birthDate) },
          { label: 'Country', value: countryWithDialCode(customer.country) },
          { label: 'Time zone', value: customer.timezone },
          { label: 'Telegram chat ID', value: customer.telegramChatId },
          { label: 'Newsletter', value: customer.newsletter ? 'Subscribed' : 'Not subscribed' },
          { label: 'Discount', value: `${customer.discount}%` },
          { label: 'Affiliate profit share', value: `${customer.affiliateProfitShare}%` },
          { label: 'Document number', value: customer.documentNumber },
          { label: 'Company', value: customer.companyName },
        ]}
      />
    </ProfileSection>
  );
}
