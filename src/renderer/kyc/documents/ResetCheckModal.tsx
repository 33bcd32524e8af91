import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { VerificationCheck } from '../../../shared/customers/fields';
import type { KycReview } from '../../../shared/kyc/contract';
import { checkLabels, checkStateLabels } from '../../../shared/kyc/fields';
import { progressWithPending } from '../../../shared/kyc/progress';

export interface CheckReset {
  check: VerificationCheck;
  fileName: string;
  progressBefore: number;
  progressAfter: number;
}

/** What uploading `fileName` as evidence for `check` undoes: null unless the check is approved. */
export function resetByUpload(review: KycReview, check: VerificationCheck, fileName: string): CheckReset | null {
  if (review.checks.find((record) => record.check === check)?.state !== 'approved') return null;
  return { check, fileName, progressBefore: review.progress, progressAfter: progressWithPending(review.checks, check) };
}

interface Props {
  reset: CheckReset;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asked before a file replaces the evidence of an approved check: the core sends that check
 * back to review and the customer's progress drops, which a person would not guess from a drop.
 */
export function ResetCheckModal({ reset, onConfirm, onCancel }: Props) {
  const check = checkLabels[reset.check];
  return (
    <Modal opened onClose={onCancel} title={`${check} goes back to review`}>
      <Stack>
        <Text size="sm">
          {check} is {checkStateLabels.approved.toLowerCase()}. Uploading <b>{reset.fileName}</b> sets it to{' '}
          <b>{checkStateLabels.pending.toLowerCase()}</b>, and verification progress goes from{' '}
          <b>{reset.progressBefore}%</b> to <b>{reset.progressAfter}%</b> until a reviewer approves it again.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Cancel
          </Button>
          <Button color="orange" onClick={onConfirm}>
            Upload and send for review
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
