import { Button, Group, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconMinus, IconShieldCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { customerReviewPath } from '../../../kyc/queue/queue-params';
import { Keys } from '../../../keyboard/Keys';
import { keysText } from '../../../keyboard/shortcut';
import { missingChecks } from '../../../../shared/customers/lifecycle';
import type { Customer } from '../../../../shared/customers/schema';
import { ProfileSection, type SectionLines } from './ProfileSection';

/** The profile's key for the review button below (bound with the profile's other keys). */
export const reviewKey = 'v';

/** The verification flags and progress, and what activation still waits for. */
export function VerificationSection({ customer, title, lines }: SectionLines & { customer: Customer }) {
  const missing = new Set(missingChecks(customer));
  const progress = customer.verificationProgress;
  const flags = lines.filter((line) => line.field.kind === 'verificationFlag');
  const progressLine = lines.find((line) => line.field.kind === 'verificationProgress');
  const waiting = flags.filter((line) => line.field.check && missing.has(line.field.check));
  return (
    <ProfileSection
      title={title}
      aside={
        <Text size="sm" fw={600} c={progress === 100 ? 'green' : undefined}>
          {progressLine?.text}
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
        {flags.map((line) => {
          const verified = customer[line.key] === true;
          return (
            <Group key={line.key} gap="xs" wrap="nowrap">
              <ThemeIcon
                size={18}
                radius="xl"
                color={verified ? 'green' : 'gray'}
                variant={verified ? 'filled' : 'light'}
              >
                {verified ? <IconCheck size={12} /> : <IconMinus size={12} />}
              </ThemeIcon>
              <Text size="sm">{line.label}</Text>
              <Text size="xs" c="dimmed" ml="auto">
                {line.text}
              </Text>
            </Group>
          );
        })}
      </Stack>
      <Text size="xs" c="dimmed" mt="sm">
        {waiting.length === 0
          ? 'Every check activation needs is verified.'
          : `Activation waits for: ${waiting.map((line) => line.label.toLowerCase()).join(', ')}.`}
      </Text>
      <Button
        component={Link}
        to={customerReviewPath(customer.id)}
        variant="light"
        size="xs"
        fullWidth
        mt="sm"
        leftSection={<IconShieldCheck size={14} />}
        rightSection={<Keys hotkey={reviewKey} decorative />}
        aria-keyshortcuts={keysText(reviewKey)}
      >
        Open the KYC review
      </Button>
    </ProfileSection>
  );
}
