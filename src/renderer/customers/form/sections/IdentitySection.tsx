import { Group, Radio, SimpleGrid, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { genders } from '../../../../shared/customers/fields';
import { fieldErrorMarker } from '../../../forms/schema-form';
import { CountrySelect } from '../../../inputs/CountrySelect';
import { parseDayMonthYear } from '../birth-date';
import { useCustomerFormContext } from '../form-context';
import { FormSection } from './FormSection';

const genderLabels: Record<(typeof genders)[number], string> = { male: 'Male', female: 'Female', other: 'Other' };

export function IdentitySection() {
  const form = useCustomerFormContext();
  const genderError = form.errors.gender;
  return (
    <FormSection title="Identity">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
        <TextInput
          label="First name"
          withAsterisk
          autoComplete="off"
          data-autofocus
          {...form.getInputProps('firstName')}
        />
        <TextInput label="Last name" autoComplete="off" {...form.getInputProps('lastName')} />
        <Radio.Group
          label="Gender"
          withAsterisk
          {...form.getInputProps('gender')}
          {...{ [fieldErrorMarker]: genderError ? true : undefined }}
        >
          <Group gap="md" mt={8}>
            {genders.map((gender) => (
              <Radio key={gender} value={gender} label={genderLabels[gender]} />
            ))}
          </Group>
        </Radio.Group>
        <CountrySelect label="Country" withAsterisk {...form.getInputProps('country')} />
        <DateInput
          label="Birth date"
          description="Day-month-year, e.g. 17-05-1990"
          placeholder="DD-MM-YYYY"
          valueFormat="DD-MM-YYYY"
          dateParser={parseDayMonthYear}
          defaultLevel="decade"
          clearable
          {...form.getInputProps('birthDate')}
        />
        <TextInput
          label="Document number"
          description="ID or passport number"
          autoComplete="off"
          {...form.getInputProps('documentNumber')}
        />
        <TextInput
          label="Reference ID"
          description="Your internal ID; unique when given"
          autoComplete="off"
          {...form.getInputProps('referenceId')}
        />
        <TextInput label="Company" autoComplete="off" {...form.getInputProps('companyName')} />
      </SimpleGrid>
    </FormSection>
  );
}
