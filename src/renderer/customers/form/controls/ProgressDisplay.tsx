import { Group, Progress, Stack, Text } from '@mantine/core';
import { verificationProgressOf } from '../../../../shared/kyc/progress';
import { useCustomerFormContext } from '../form-context';

/** Verification progress is worked out from the checks, so it is shown, never typed. */
export function ProgressDisplay({ label }: { label: string }) {
  const form = useCustomerFormContext();
  const values = form.getValues();
  const progress = verificationProgressOf({ ...values, phone: values.phone.trim() || null });
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm" fw={600}>
          {progress}%
        </Text>
      </Group>
      <Progress.Root size="md">
        <Progress.Section aria-label={label} value={progress} color={progress === 100 ? 'green' : undefined} />
      </Progress.Root>
      <Text size="xs" c="dimmed">
        Worked out from the checks{values.phone.trim() ? '' : ' (phone counts once a number is given)'}
      </Text>
    </Stack>
  );
}
