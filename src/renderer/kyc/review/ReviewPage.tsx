import { Alert, Anchor, Box, Button, Group, Kbd, Loader, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconChecks, IconFileSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { VerificationCheck } from '../../../shared/customers/fields';
import type { DocumentRecord } from '../../../shared/kyc/contract';
import { checkLabels } from '../../../shared/kyc/fields';
import { customerName } from '../../customers/display/format';
import { useCustomer } from '../../customers/queries';
import { DuplicateWarning } from '../documents/DuplicateWarning';
import { DecisionLogPanel } from '../log/DecisionLogPanel';
import { useDocuments, useReview } from '../queries';
import { DocumentViewer } from '../viewer/DocumentViewer';
import { CheckCard } from './CheckCard';
import { CustomerFacts } from './CustomerFacts';
import { QueueNavigation } from './QueueNavigation';
import { ReviewStatus } from './ReviewStatus';
import classes from './review.module.css';
import { useQueueWalk } from './use-queue-walk';

function Review({ customerId }: { customerId: number }) {
  const review = useReview(customerId);
  const customer = useCustomer(customerId);
  const documents = useDocuments(customerId);
  const walk = useQueueWalk();
  const [viewing, setViewing] = useState<VerificationCheck | null>(null);

  if (review.isError || customer.isError) {
    return <Alert color="red">{(review.error ?? customer.error)?.message}</Alert>;
  }
  if (!review.data || !customer.data) return <Loader size="sm" />;

  const currentFiles = new Map<string, DocumentRecord>();
  for (const slot of documents.data ?? []) if (slot.current) currentFiles.set(slot.slot, slot.current);
  const filesOf = (check: VerificationCheck) =>
    (review.data.checks.find((record) => record.check === check)?.slots ?? []).flatMap(
      (slot) => currentFiles.get(slot) ?? [],
    );
  const allDecided = review.data.checks.every((check) => check.state !== 'pending');

  return (
    <Box className={classes.page}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Anchor component={Link} to={walk.backPath} size="sm">
            <Group gap={4}>
              <IconArrowLeft size={14} />
              Verification queue
            </Group>
          </Anchor>
          <Group gap="sm">
            <Title order={2}>{customerName(customer.data)}</Title>
            <Text c="dimmed" size="sm">
              {customer.data.email}
            </Text>
          </Group>
        </Stack>
        <Stack gap={6} align="flex-end">
          <Group gap="sm">
            <Button component={Link} to={`/customers/${customerId}`} variant="subtle" size="xs">
              Open profile
            </Button>
            <QueueNavigation walk={walk} />
          </Group>
          <Text size="xs" c="dimmed">
            <Kbd size="xs">+</Kbd> <Kbd size="xs">−</Kbd> zoom · <Kbd size="xs">R</Kbd> rotate · <Kbd size="xs">0</Kbd>{' '}
            reset · <Kbd size="xs">PgUp</Kbd> <Kbd size="xs">PgDn</Kbd> pages
          </Text>
        </Stack>
      </Group>

      <div className={classes.body}>
        <Paper withBorder p="sm" radius="md" className={classes.viewerPane}>
          {viewing ? (
            <DocumentViewer
              key={viewing}
              documents={filesOf(viewing)}
              emptyMessage={`No file for the ${checkLabels[viewing].toLowerCase()} check`}
            />
          ) : (
            <Stack align="center" justify="center" h="100%" gap="xs" c="dimmed">
              <IconFileSearch size={44} stroke={1.2} />
              <Text fw={600}>No file open</Text>
              <Text size="sm" ta="center" maw={360}>
                Choose <b>Open file</b> on a check to look at its document here. A document, selfie or address check can
                be approved only after you have opened its file.
              </Text>
            </Stack>
          )}
        </Paper>
        <ScrollArea className={classes.side} offsetScrollbars type="auto">
          <Stack gap="sm">
            <ReviewStatus review={review.data} />
            {allDecided && walk.inQueue && (
              <Alert
                color="teal"
                variant="light"
                icon={<IconChecks size={18} />}
                title="Every check of this customer is decided"
              >
                {walk.next ? (
                  <Button size="xs" mt={4} onClick={walk.goNext} rightSection={<Kbd size="xs">N</Kbd>}>
                    Next customer
                  </Button>
                ) : (
                  <Button size="xs" mt={4} variant="default" component={Link} to={walk.backPath}>
                    Back to the queue
                  </Button>
                )}
              </Alert>
            )}
            <DuplicateWarning duplicates={review.data.duplicates} />
            <CustomerFacts customer={customer.data} />
            {review.data.checks.map((check) => (
              <CheckCard
                key={check.check}
                customerId={customerId}
                check={check}
                selected={viewing === check.check}
                hasFiles={filesOf(check.check).length > 0}
                onOpenFiles={() => setViewing(check.check)}
              />
            ))}
            <DecisionLogPanel customerId={customerId} />
          </Stack>
        </ScrollArea>
      </div>
    </Box>
  );
}

/** The review screen of one customer; a new customer starts with nothing open. */
export function ReviewPage() {
  const { customerId } = useParams();
  const id = Number(customerId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="red">There is no customer {customerId}.</Alert>;
  return <Review key={id} customerId={id} />;
}
