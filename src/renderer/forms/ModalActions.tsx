import { Button, Group } from '@mantine/core';

interface Props {
  onCancel: () => void;
  /** The submit button's words ("Change status", "Block"). */
  submit: string;
  color?: string;
  loading: boolean;
}

/** The end of a dialog's form: Cancel, then the action that submits it. */
export function ModalActions({ onCancel, submit, color, loading }: Props) {
  return (
    <Group justify="flex-end" gap="xs">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" color={color} loading={loading}>
        {submit}
      </Button>
    </Group>
  );
}
