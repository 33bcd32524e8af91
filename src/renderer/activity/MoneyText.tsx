import { Text, type TextProps } from '@mantine/core';
import { formatMoney, type Money } from '../../shared/money/money';

/**
 * An amount as the desk writes money everywhere; `signed` shows a credit with its plus and in
 * green, a debit in red, for lists of balance movements.
 */
export function MoneyText({ value, signed = false, ...props }: { value: Money; signed?: boolean } & TextProps) {
  const sign = BigInt(value.amount);
  const color = !signed || sign === 0n ? undefined : `var(--mantine-color-${sign > 0n ? 'teal' : 'red'}-text)`;
  return (
    <Text span ff="monospace" size="sm" c={color} style={{ whiteSpace: 'nowrap' }} {...props}>
      {signed && sign > 0n ? '+' : ''}
      {formatMoney(value)}
    </Text>
  );
}
