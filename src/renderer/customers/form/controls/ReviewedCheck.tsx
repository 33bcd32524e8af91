import { Anchor, Badge, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { VerificationCheck } from '../../../../shared/customers/fields';
import { checkStateLabels, type CheckState } from '../../../../shared/kyc/fields';
import { checkIcons, stateColors } from '../../../kyc/review/check-display';
import { useReview } from '../../../kyc/queries';
import { customerReviewPath } from '../../../kyc/queue/queue-params';

/**
 * A check only KYC review can decide (document, selfie, address: it looks at the file first), so
 * the form shows its state rather than a switch the core would refuse, and links to the review.
 */
export function ReviewedCheck({ label, check }: { label: string; check: VerificationCheck }) {
  // The edit route names the customer; a new customer has no review (and no file) yet.
  const { id } = useParams();
  const customerId = id === undefined ? null : Number(id);
  return customerId === null ? (
    <CheckLine label={label} check={check} state="not_submitted" note="Reviewed in KYC once the customer has a file" />
  ) : (
    <ExistingCheck label={label} check={check} customerId={customerId} />
  );
}

function ExistingCheck({ label, check, customerId }: { label: string; check: VerificationCheck; customerId: number }) {
  const review = useReview(customerId);
  const state = review.data?.checks.find((record) => record.check === check)?.state;
  return (
    <CheckLine
      label={label}
      check={check}
      state={state}
      note={
        <>
          {review.isError && `Could not read the review: ${review.error.message}. `}
          Decided in{' '}
          <Anchor href={`#${customerReviewPath(customerId)}`} size="xs">
            KYC review
          </Anchor>
        </>
      }
    />
  );
}

interface StateProps {
  label: string;
  check: VerificationCheck;
  /** Undefined while the review loads. */
  state: CheckState | undefined;
  note: ReactNode;
}

function CheckLine({ label, check, state, note }: StateProps) {
  const Icon = checkIcons[check];
  return (
    <Stack gap={2} role="group" aria-label={label}>
      <Group gap="xs" wrap="nowrap">
        <ThemeIcon size={22} radius="xl" variant="light" color={state ? stateColors[state] : 'gray'}>
          <Icon size={14} />
        </ThemeIcon>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Badge variant="light" color={state ? stateColors[state] : 'gray'} ml="auto">
          {state ? checkStateLabels[state] : 'Loading'}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {note}
      </Text>
    </Stack>
  );
}
