import { Group, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { verificationChecks, verifiedFlag, type VerificationCheck } from '../../../../shared/customers/fields';
import { missingChecks } from '../../../../shared/customers/lifecycle';
import type { Customer } from '../../../../shared/customers/schema';
import { ProfileSection } from './ProfileSection';

const checkLabels: Record<VerificationCheck, string> = {
  email: 'Email',
  phone: 'Phone',
  document: 'Document',
  selfie: 'Selfie',
  address: 'Proof of address',
};

/** The verification flags and progress, and what activation still waits for. */
export function VerificationSection({ customer }: { customer: Customer }) {
  const missing = missingChecks(customer);
  const progress = customer.verificationProgress;
  return (
    <ProfileSection
      title="Verification"
      aside={
        <Text size="sm" fw={600} c={progress === 100 ? 'green' : undefined}>
          {progress}%
        </Text>
      }
    >
      <Progress
        value={progress}
        color={progress === 100 ? 'green' : 'indigo'}
        size="md"
        mb="sm"
        aria-label={`Verification progress ${progress}%`}
      />
      <Stack gap={6}>
        {verificationChecks.map((check) => {
          const verified = customer[verifiedFlag[check]];
          return (
            <Group key={check} gap="xs" wrap="nowrap">
              <ThemeIcon
                size={18}
                radius="xl"
                color={verified ? 'green' : 'gray'}
                variant={verified ? 'filled' : 'light'}
              >
                {verified ? <IconCheck size={12} /> : <IconMinus size={12} />}
              </ThemeIcon>
              <Text size="sm">{checkLabels[check]}</Text>
              <Text size="xs" c="dimmed" ml="auto">
                {verified ? 'Verified' : 'Not verified'}
              </Text>
            </Group>
          );
        })}
      </Stack>
      <Text size="xs" c="dimmed" mt="sm">
        {missing.length === 0
          ? 'Every check activation needs is verified.'
          : `Activation waits for: ${missing.map((check) => checkLabels[check].toLowerCase()).join(', ')}.`}
      </Text>
    </ProfileSection>
  );
}
