import { Group, Paper, Skeleton, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { verificationChecks, type VerificationCheck } from '../../../shared/customers/fields';
import type { QueueFilters } from '../../../shared/kyc/contract';
import { checkLabels } from '../../../shared/kyc/fields';
import { useQueueCounts } from '../queries';
import { checkIcons } from '../review/check-display';

interface Props {
  filters: QueueFilters;
  onPickCheck: (check: VerificationCheck | undefined) => void;
}

/** Customers waiting, and waiting checks of each kind; a check's tile filters the queue to it. */
export function QueueCounts({ filters, onPickCheck }: Props) {
  const waiting = useQueueCounts(filters);
  // The tiles count every kind of check, so picking one does not hide the others' numbers.
  const counts = useQueueCounts({ country: filters.country, age: filters.age });
  return (
    <Group gap="sm" grow preventGrowOverflow={false} role="group" aria-label="Queue counts">
      <Paper withBorder p="sm" radius="md" role="group" aria-label="Customers waiting">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          Customers waiting
        </Text>
        {waiting.data ? (
          <Text fz={26} fw={700} lh={1.2}>
            {waiting.data.customers.toLocaleString()}
          </Text>
        ) : (
          <Skeleton h={31} w={60} mt={2} />
        )}
      </Paper>
      {verificationChecks.map((check) => {
        const Icon = checkIcons[check];
        const active = filters.check === check;
        return (
          <UnstyledButton
            key={check}
            aria-pressed={active}
            onClick={() => onPickCheck(active ? undefined : check)}
            // A click filters without taking the focus, so Enter still reviews the highlighted row.
            onMouseDown={(event) => event.preventDefault()}
          >
            <Paper withBorder p="sm" radius="md" bg={active ? 'var(--mantine-primary-color-light)' : undefined}>
              <Group gap={6} wrap="nowrap">
                <Icon size={14} color="var(--mantine-color-dimmed)" />
                <Text size="xs" c="dimmed" tt="uppercase" fw={600} truncate>
                  {checkLabels[check]}
                </Text>
              </Group>
              {counts.data ? (
                <Text fz={26} fw={700} lh={1.2}>
                  {(counts.data.byCheck[check] ?? 0).toLocaleString()}
                  <VisuallyHidden> waiting</VisuallyHidden>
                </Text>
              ) : (
                <Skeleton h={31} w={60} mt={2} />
              )}
            </Paper>
          </UnstyledButton>
        );
      })}
    </Group>
  );
}
