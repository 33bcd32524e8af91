import { Fieldset, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  hint?: string;
  children: ReactNode;
}

/** One titled group of the customer form; its legend names the group for assistive tech and tests. */
export function FormSection({ title, hint, children }: Props) {
  return (
    <Fieldset
      legend={
        <Text fw={600} size="sm">
          {title}
          {hint && (
            <Text span c="dimmed" size="xs" fw={400} ml={8}>
              {hint}
            </Text>
          )}
        </Text>
      }
      radius="md"
      p="md"
      pt="xs"
    >
      {children}
    </Fieldset>
  );
}
