import { Checkbox, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { postalLines } from '../../../../shared/customers/display';
import { postalParts } from '../../../../shared/customers/field-kinds';
import { CountrySelect } from '../../../inputs/CountrySelect';
import { useCustomerFormContext } from '../form-context';
import { postalFromAddress } from '../form-values';

const capitalised = (text: string) => text[0]?.toUpperCase() + text.slice(1);

/** Billing or shipping details, or "same as the customer's name and address". */
export function PostalDetails({ field, label }: { field: 'billing' | 'shipping'; label: string }) {
  const form = useCustomerFormContext();
  const values = form.getValues();
  const same = values[`${field}SameAsAddress`];
  const own = postalFromAddress(values);
  const summary = postalLines(own).join(', ');

  return (
    <Stack gap="xs" role="group" aria-label={label}>
      <Text fw={500} size="sm">
        {label}
      </Text>
      <Checkbox
        label="Same as the customer's name and address"
        {...form.getInputProps(`${field}SameAsAddress`, { type: 'checkbox' })}
      />
      {same ? (
        <Text size="sm" c="dimmed">
          {summary || 'The address above is still empty.'}
        </Text>
      ) : (
        <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
          {Object.entries(postalParts).map(([part, info]) =>
            info.kind === 'country' ? (
              <CountrySelect
                key={part}
                label={capitalised(info.label)}
                clearable
                {...form.getInputProps(`${field}.${part}`)}
              />
            ) : (
              <TextInput
                key={part}
                label={capitalised(info.label)}
                autoComplete="off"
                {...form.getInputProps(`${field}.${part}`)}
              />
            ),
          )}
        </SimpleGrid>
      )}
    </Stack>
  );
}
