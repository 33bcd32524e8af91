import { Textarea } from '@mantine/core';
import type { ComponentProps } from 'react';

/** The form's input props (value, onChange, error ...), with the words that differ. */
interface Props extends Omit<ComponentProps<typeof Textarea>, 'label' | 'description' | 'placeholder'> {
  /** Where the reason is kept, said under the label. */
  description: string;
  placeholder: string;
}

/** The reason a change asks for, the same field in every dialog that asks one: required, focused first. */
export function ReasonField({ description, placeholder, ...input }: Props) {
  return (
    <Textarea
      label="Reason"
      description={description}
      placeholder={placeholder}
      autosize
      minRows={3}
      maxRows={6}
      data-autofocus
      withAsterisk
      {...input}
    />
  );
}
