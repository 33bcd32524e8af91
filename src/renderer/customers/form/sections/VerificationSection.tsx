import { Group, Progress, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import {
  documentChecks,
  verificationChecks,
  verifiedFlag,
  type VerificationCheck,
} from '../../../../shared/customers/fields';
import { verificationProgressOf } from '../../../../shared/kyc/progress';
import { useCustomerFormContext } from '../form-context';
import { FormSection } from './FormSection';

const checkLabels: Record<VerificationCheck, string> = {
  email: 'Verified email',
  phone: 'Verified phone',
  document: 'Verified document',
  selfie: 'Verified selfie',
  address: 'Verified address',
};

const reviewed = new Set<VerificationCheck>(documentChecks);

export function VerificationSection() {
  const form = useCustomerFormContext();
  const values = form.getValues();
  const progress = verificationProgressOf({ ...values, phone: values.phone.trim() || null });

  return (
    <FormSection title="Verification" hint="use the flags only after a real review">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing="sm">
        {verificationChecks.map((check) => (
          <Switch
            key={check}
            label={checkLabels[check]}
            description={reviewed.has(check) ? 'Set by KYC review once the file was checked' : undefined}
            {...form.getInputProps(verifiedFlag[check], { type: 'checkbox' })}
          />
        ))}
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              Verification progress
            </Text>
            <Text size="sm" fw={600}>
              {progress}%
            </Text>
          </Group>
          <Progress.Root size="md">
            <Progress.Section
              aria-label="Verification progress"
              value={progress}
              color={progress === 100 ? 'green' : undefined}
            />
          </Progress.Root>
          <Text size="xs" c="dimmed">
            Worked out from the checks{values.phone.trim() ? '' : ' (phone counts once a number is given)'}
          </Text>
        </Stack>
      </SimpleGrid>
    </FormSection>
  );
}
