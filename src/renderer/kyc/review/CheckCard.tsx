import { Alert, Badge, Button, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconEye, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../../shared/errors';
import type { CheckRecord } from '../../../shared/kyc/contract';
import { checkLabels, checkStateLabels, reasonLabels } from '../../../shared/kyc/fields';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import { useDecide } from '../queries';
import { checkIcons, stateColors } from './check-display';
import classes from './review.module.css';
import { ApproveWithFindingsModal } from '../../document-reading/ApproveWithFindingsModal';
import { useDocumentComparison } from '../../document-reading/queries';
import { DecisionModal, type NegativeOutcome } from './DecisionModal';
import { formatDateTime, waitingFor } from '../../app/dates';
import { reviewShortcuts } from './use-queue-walk';

interface Props {
  customerId: number;
  check: CheckRecord;
  /** The check's files are on screen in the viewer. */
  selected: boolean;
  /** Whether the check has a current file to open. */
  hasFiles: boolean;
  onOpenFiles: () => void;
  /** The check the decision keys act on; focusing a card makes it the one. */
  active: boolean;
  onActivate: () => void;
  /** A decision was recorded: the review moves on to the next check. */
  onDecided: () => void;
}

/** The keys of a decision on the active check, also shown in the review's hint line. */
export const decisionKeys = { approve: 'a', reject: 'x', resubmit: 's', open: 'o' };

/** Where the keys go: the card of a check, focused by the review when it moves on. */
export const checkCardSelector = (check: string) => `[data-check="${check}"]`;

/** One verification check: its state, the last decision, and approve / reject / request resubmission. */
export function CheckCard({
  customerId,
  check,
  selected,
  hasFiles,
  onOpenFiles,
  active,
  onActivate,
  onDecided,
}: Props) {
  const decide = useDecide();
  const [negative, setNegative] = useState<NegativeOutcome | null>(null);
  const Icon = checkIcons[check.check];
  const label = checkLabels[check.check];

  const comparison = useDocumentComparison(customerId);
  const findings = (comparison.data?.findings ?? [])
    .filter((finding) => finding.check === check.check)
    .map((finding) => finding.text);
  const [approvingWithFindings, setApprovingWithFindings] = useState(false);
  // With findings the reviewer gives a reason first (the core refuses an approval without one).
  const approve = () =>
    findings.length > 0 && !check.approvalBlockedBy
      ? setApprovingWithFindings(true)
      : decide.mutate({ customerId, check: check.check, outcome: 'approved' }, { onSuccess: onDecided });
  const decidable = check.state !== 'not_submitted';
  useShortcuts(
    reviewShortcuts,
    active
      ? [
          {
            keys: [decisionKeys.approve],
            label: 'Approve the check',
            run: () => decidable && check.state !== 'approved' && approve(),
          },
          { keys: [decisionKeys.reject], label: 'Reject the check…', run: () => decidable && setNegative('rejected') },
          {
            keys: [decisionKeys.resubmit],
            label: 'Request resubmission of the check…',
            run: () => decidable && setNegative('resubmission_requested'),
          },
          { keys: [decisionKeys.open], label: "Open the check's file", run: () => hasFiles && onOpenFiles() },
        ]
      : [],
  );
  // A refusal by the guardrail is over once the reviewer has opened the files.
  const refusal =
    decide.error && !(decide.error instanceof ApiError && decide.error.code === 'FORBIDDEN' && !check.approvalBlockedBy)
      ? decide.error
      : null;

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      role="group"
      aria-label={`${label} check`}
      bd={selected ? '1px solid var(--mantine-primary-color-filled)' : undefined}
      tabIndex={0}
      data-check={check.check}
      data-active={active || undefined}
      onFocus={onActivate}
      className={classes.checkCard}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <ThemeIcon variant="light" color={stateColors[check.state]} size="md">
              <Icon size={16} />
            </ThemeIcon>
            <Text fw={600}>{label}</Text>
            {!check.required && (
              <Text size="xs" c="dimmed">
                not required
              </Text>
            )}
          </Group>
          <Badge color={stateColors[check.state]} variant="light">
            {checkStateLabels[check.state]}
          </Badge>
        </Group>

        {check.state === 'pending' && check.requestedAt && (
          <Text size="xs" c="dimmed">
            Waiting {waitingFor(check.requestedAt)}, since {formatDateTime(check.requestedAt)}
          </Text>
        )}
        {check.decidedAt && check.state !== 'pending' && (
          <Text size="xs" c="dimmed">
            {checkStateLabels[check.state]} {formatDateTime(check.decidedAt)} · {check.decidedBy}
          </Text>
        )}
        {check.reason && (
          <Text size="sm">
            <Text span fw={500}>
              Reason:
            </Text>{' '}
            {reasonLabels[check.reason]}
            {check.note && <Text span c="dimmed">{` — ${check.note}`}</Text>}
          </Text>
        )}
        {check.approvalBlockedBy && check.state !== 'approved' && !refusal && (
          <Group gap={6} wrap="nowrap">
            <IconLock size={14} color="var(--mantine-color-dimmed)" />
            <Text size="xs" c="dimmed">
              {check.approvalBlockedBy}
            </Text>
          </Group>
        )}
        {refusal && (
          <Alert color="red" variant="light" p="xs" title="Not approved" withCloseButton onClose={() => decide.reset()}>
            {refusal.message}
          </Alert>
        )}

        {check.state === 'not_submitted' ? (
          <Text size="xs" c="dimmed">
            Nothing to review yet.
          </Text>
        ) : (
          <Group gap={6} mt={4} wrap="nowrap">
            <Button
              size="compact-sm"
              color="teal"
              leftSection={<IconCheck size={14} />}
              disabled={check.state === 'approved'}
              loading={decide.isPending}
              onClick={approve}
              aria-label={`Approve ${label.toLowerCase()}`}
            >
              Approve
            </Button>
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              disabled={check.state === 'rejected'}
              onClick={() => setNegative('rejected')}
              aria-label={`Reject ${label.toLowerCase()}`}
            >
              Reject
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="orange"
              disabled={check.state === 'resubmission_requested'}
              onClick={() => setNegative('resubmission_requested')}
              aria-label={`Request resubmission of ${label.toLowerCase()}`}
            >
              Request resubmission
            </Button>
            {hasFiles && (
              <Button
                size="compact-sm"
                ml="auto"
                variant={selected ? 'light' : 'default'}
                leftSection={<IconEye size={14} />}
                onClick={onOpenFiles}
              >
                {selected ? 'In viewer' : 'Open file'}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {approvingWithFindings && (
        <ApproveWithFindingsModal
          customerId={customerId}
          check={check.check}
          findings={findings}
          onClose={() => setApprovingWithFindings(false)}
          onDecided={onDecided}
        />
      )}
      {negative && (
        <DecisionModal
          customerId={customerId}
          check={check.check}
          outcome={negative}
          onClose={() => setNegative(null)}
          onDecided={onDecided}
        />
      )}
    </Paper>
  );
}
