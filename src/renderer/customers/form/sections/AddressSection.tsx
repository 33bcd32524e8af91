import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useCustomerFormContext } from '../form-context';
import { FormSection } from './FormSection';

export function AddressSection() {
  const form = useCustomerFormContext();
  return (
    <FormSection title="Address" hint="in the customer's country">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
        <TextInput label="Street" autoComplete="off" {...form.getInputProps('street')} />
        <TextInput label="City" autoComplete="off" {...form.getInputProps('city')} />
        <TextInput label="State" autoComplete="off" {...form.getInputProps('state')} />
        <TextInput label="Postal code" autoComplete="off" {...form.getInputProps('postalCode')} />
      </SimpleGrid>
      <Textarea
        mt="xs"
        label="Address notes"
        description="The address as the customer wrote it, or anything the fields above do not hold"
        autosize
        minRows={1}
        maxRows={4}
        {...form.getInputProps('address')}
      />
    </FormSection>
  );
}
