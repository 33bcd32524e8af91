import { SimpleGrid, Switch, TextInput } from '@mantine/core';
import { PhoneInput } from '../../../inputs/PhoneInput';
import { TimezoneSelect } from '../../../inputs/TimezoneSelect';
import { useCustomerFormContext } from '../form-context';
import { FormSection } from './FormSection';

export function ContactSection() {
  const form = useCustomerFormContext();
  const { country } = form.getValues();
  return (
    <FormSection title="Contact">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
        <TextInput
          label="Email"
          withAsterisk
          type="email"
          autoComplete="off"
          description="Login and notifications; unique per customer"
          {...form.getInputProps('email')}
        />
        <PhoneInput label="Phone" country={country} {...form.getInputProps('phone')} />
        <TextInput
          label="Extension"
          inputMode="numeric"
          autoComplete="off"
          description="Digits only"
          {...form.getInputProps('phoneExtension')}
        />
        <TextInput
          label="Telegram chat ID"
          autoComplete="off"
          description="Number or @username"
          {...form.getInputProps('telegramChatId')}
        />
        <TimezoneSelect label="Time zone" {...form.getInputProps('timezone')} />
        <Switch
          label="Newsletter"
          description="Only if the customer agreed"
          mt={24}
          {...form.getInputProps('newsletter', { type: 'checkbox' })}
        />
      </SimpleGrid>
    </FormSection>
  );
}
