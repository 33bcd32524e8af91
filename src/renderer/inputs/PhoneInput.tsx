import { Text, TextInput, type TextInputProps } from '@mantine/core';
import { dialCode } from '../../shared/reference/countries';
import { checkPhone, formatPhone } from '../../shared/reference/phone';

interface Props extends Omit<TextInputProps, 'value'> {
  value?: string;
  /** The customer's country: numbers typed without a dial code are read as local to it. */
  country: string | null;
}

/**
 * A phone number as people type it. Shows the dial code that applies and, once the number
 * is valid, how it will be stored (E.164) and displayed.
 */
export function PhoneInput({ value = '', country, description, ...props }: Props) {
  const international = value.trim().startsWith('+');
  const code = country ? dialCode(country) : '';
  const checked = value.trim() ? checkPhone(value, country ?? undefined) : null;

  return (
    <TextInput
      type="tel"
      inputMode="tel"
      autoComplete="off"
      leftSection={
        !international && code ? (
          <Text size="xs" c="dimmed" ff="monospace">
            {code}
          </Text>
        ) : undefined
      }
      leftSectionWidth={code && !international ? 44 : undefined}
      placeholder={code ? 'Local number, or +dial code' : 'Number with its dial code, e.g. +44 7911 123456'}
      description={
        checked?.ok ? (
          <>
            Saved as <b>{checked.e164}</b> · shown as {formatPhone(checked.e164)}
            {checked.extension ? ` ext. ${checked.extension}` : ''}
          </>
        ) : (
          description
        )
      }
      value={value}
      {...props}
    />
  );
}
