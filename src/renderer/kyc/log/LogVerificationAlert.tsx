import { Alert, List, ScrollArea, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import type { LogVerification } from '../../../shared/kyc/contract';
import { formatDateTime } from '../../app/dates';

/** What kyc.verifyLog found: intact, or every problem (each entry's, then the log's as a whole). */
export function LogVerificationAlert({ result, onClose }: { result: LogVerification; onClose: () => void }) {
  const rechained = result.rechained && (
    <Text size="xs" c="dimmed" mt={4}>
      Upgraded to the keyed chain on {formatDateTime(result.rechained.at)}: {result.rechained.note}
    </Text>
  );
  if (result.ok) {
    return (
      <Alert color="teal" variant="light" icon={<IconShieldCheck size={18} />} withCloseButton onClose={onClose}>
        The log is intact: {result.checked.toLocaleString('en')} entries checked, every signature, link and check state
        matches, and the log ends where its head outside the database says.
        {rechained}
      </Alert>
    );
  }
  const more = result.problemCount - result.problems.length;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconShieldX size={18} />}
      title={`The log has been altered: ${result.problemCount.toLocaleString('en')} ${result.problemCount === 1 ? 'problem' : 'problems'}`}
      withCloseButton
      onClose={onClose}
    >
      <ScrollArea.Autosize mah={240} type="auto">
        <List size="sm" spacing={4} aria-label="Log problems">
          {result.problems.map((problem, index) => (
            <List.Item key={index}>
              {problem.id === null ? (
                problem.problem
              ) : (
                <>
                  <Text span fw={600} size="sm">
                    Entry #{problem.id}:
                  </Text>{' '}
                  {problem.problem}
                </>
              )}
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
      {more > 0 && (
        <Text size="xs" mt={4}>
          and {more.toLocaleString('en')} more
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        {result.checked.toLocaleString('en')} entries checked.
      </Text>
      {rechained}
    </Alert>
  );
}
