import { Alert, Anchor, Box, Button, Group, Loader, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconChecks, IconFileSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { Keys } from '../../keyboard/Keys';
import { keysText } from '../../keyboard/shortcut';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import type { VerificationCheck } from '../../../shared/customers/fields';
import type { DocumentRecord } from '../../../shared/kyc/contract';
import { checkLabels } from '../../../shared/kyc/fields';
import { customerName } from '../../customers/display/format';
import { useCustomer } from '../../customers/queries';
import { DuplicateWarning } from '../documents/DuplicateWarning';
import { DecisionLogPanel } from '../log/DecisionLogPanel';
import { useDocuments, useReview } from '../queries';
import { DocumentViewer } from '../viewer/DocumentViewer';
import { CheckCard, checkCardSelector, decisionKeys } from './CheckCard';
import { CustomerFacts } from './CustomerFacts';
import { OpenExchanges } from './OpenExchanges';
import { QueueNavigation } from './QueueNavigation';
import { ReviewStatus } from './ReviewStatus';
import classes from './review.module.css';
import { reviewShortcuts, useQueueWalk, walkKeys } from './use-queue-walk';

/** Moving between the checks of the side panel. */
const checkKeys = { next: 'j', previous: 'k' };

/** Where the focus goes once a check is decided and another waits: its card. */
const focusCheck = (check: VerificationCheck) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(checkCardSelector(check))?.focus());

function Review({ customerId }: { customerId: number }) {
  const review = useReview(customerId);
  const customer = useCustomer(customerId);
  const documents = useDocuments(customerId);
  const walk = useQueueWalk();
  const [viewing, setViewing] = useState<VerificationCheck | null>(null);
  const checks = review.data?.checks ?? [];
  const [chosenCheck, setChosenCheck] = useState<VerificationCheck | null>(null);
  /** The last waiting check was decided: the way on (next customer) takes the focus once it is shown. */
  const wayOnWanted = useRef(false);
  const wayOn = useRef<HTMLElement>(null);
  const allDecided = checks.length > 0 && checks.every((check) => check.state !== 'pending');
  useEffect(() => {
    if (!wayOnWanted.current || !allDecided) return;
    wayOn.current?.focus();
    wayOnWanted.current = false;
  }, [allDecided]);
  // The keys act on the check last focused, or else the first one waiting.
  const activeCheck = chosenCheck ?? (checks.find((check) => check.state === 'pending') ?? checks[0])?.check;
  const activeIndex = checks.findIndex((check) => check.check === activeCheck);
  const moveTo = (index: number) => {
    const check = checks[Math.max(0, Math.min(checks.length - 1, index))];
    if (!check) return;
    setChosenCheck(check.check);
    focusCheck(check.check);
  };
  /** After a decision, the next check still waiting (after this one, then from the top), or the way on. */
  const decided = (check: VerificationCheck) => {
    const from = checks.findIndex((record) => record.check === check);
    const next = [...checks.slice(from + 1), ...checks.slice(0, from)].find((record) => record.state === 'pending');
    if (next) moveTo(checks.indexOf(next));
    else if (wayOn.current) wayOn.current.focus();
    else wayOnWanted.current = true;
  };
  useShortcuts(reviewShortcuts, [
    { keys: [checkKeys.next], label: 'Next check', run: () => moveTo(activeIndex + 1) },
    { keys: [checkKeys.previous], label: 'Previous check', run: () => moveTo(activeIndex - 1) },
  ]);

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
            <PageTitle>{customerName(customer.data)}</PageTitle>
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
            <Keys hotkey={decisionKeys.approve} /> approve · <Keys hotkey={decisionKeys.reject} /> reject ·{' '}
            <Keys hotkey={checkKeys.next} /> <Keys hotkey={checkKeys.previous} /> checks · <Keys hotkey="shift+?" />{' '}
            every key
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
            {allDecided && (
              <Alert
                color="teal"
                variant="light"
                icon={<IconChecks size={18} />}
                title="Nothing left to review for this customer"
              >
                {walk.next ? (
                  <Button
                    size="xs"
                    mt={4}
                    onClick={walk.goNext}
                    ref={wayOn as RefObject<HTMLButtonElement>}
                    rightSection={<Keys hotkey={walkKeys.next[0] ?? ''} decorative />}
                    aria-keyshortcuts={keysText(walkKeys.next[0] ?? '')}
                  >
                    Next customer
                  </Button>
                ) : (
                  <Button
                    size="xs"
                    mt={4}
                    variant="default"
                    component={Link}
                    to={walk.backPath}
                    ref={wayOn as RefObject<HTMLAnchorElement>}
                  >
                    Back to the queue
                  </Button>
                )}
              </Alert>
            )}
            <DuplicateWarning duplicates={review.data.duplicates} />
            <OpenExchanges customerId={customerId} />
            <CustomerFacts customer={customer.data} />
            {review.data.checks.map((check) => (
              <CheckCard
                key={check.check}
                customerId={customerId}
                check={check}
                selected={viewing === check.check}
                hasFiles={filesOf(check.check).length > 0}
                onOpenFiles={() => setViewing(check.check)}
                active={check.check === activeCheck}
                onActivate={() => setChosenCheck(check.check)}
                onDecided={() => decided(check.check)}
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
