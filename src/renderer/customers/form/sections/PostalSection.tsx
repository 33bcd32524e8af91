import { Checkbox, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { countryName } from '../../../../shared/reference/countries';
import { CountrySelect } from '../../../inputs/CountrySelect';
import { useCustomerFormContext } from '../form-context';
import { postalFromAddress } from '../form-values';
import { FormSection } from './FormSection';

type Kind = 'billing' | 'shipping';
const titles: Record<Kind, string> = { billing: 'Billing', shipping: 'Shipping' };

function PostalDetails({ kind }: { kind: Kind }) {
  const form = useCustomerFormContext();
  const values = form.getValues();
  const same = values[`${kind}SameAsAddress`];
  const own = postalFromAddress(values);
  const summary = [own.name, own.companyName, own.street, own.city, own.state, own.postalCode]
    .concat(own.country ? countryName(own.country) : [])
    .filter(Boolean)
    .join(', ');

  return (
    <Stack gap="xs" role="group" aria-label={titles[kind]}>
      <Text fw={500} size="sm">
        {titles[kind]}
      </Text>
      <Checkbox
        label="Same as the customer's name and address"
        {...form.getInputProps(`${kind}SameAsAddress`, { type: 'checkbox' })}
      />
      {same ? (
        <Text size="sm" c="dimmed">
          {summary || 'The address above is still empty.'}
        </Text>
      ) : (
        <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
          <TextInput label="Name" autoComplete="off" {...form.getInputProps(`${kind}.name`)} />
          <TextInput label="Company" autoComplete="off" {...form.getInputProps(`${kind}.companyName`)} />
          <TextInput label="Street" autoComplete="off" {...form.getInputProps(`${kind}.street`)} />
          <TextInput label="City" autoComplete="off" {...form.getInputProps(`${kind}.city`)} />
          <TextInput label="State" autoComplete="off" {...form.getInputProps(`${kind}.state`)} />
          <TextInput label="Postal code" autoComplete="off" {...form.getInputProps(`${kind}.postalCode`)} />
          <CountrySelect label="Country" clearable {...form.getInputProps(`${kind}.country`)} />
        </SimpleGrid>
      )}
    </Stack>
  );
}

export function PostalSection() {
  return (
    <FormSection title="Billing & Shipping">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <PostalDetails kind="billing" />
        <PostalDetails kind="shipping" />
      </SimpleGrid>
    </FormSection>
  );
}
