import { Alert, Loader, Stack } from '@mantine/core';
import { IconStar } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { InputOf } from '../../shared/api';
import { ConflictNotice } from '../activity/ConflictNotice';
import { EmptyList } from '../activity/EmptyList';
import { LoadMore } from '../activity/LoadMore';
import { KeyHints } from '../keyboard/KeyHints';
import type { Shortcut } from '../keyboard/shortcut';
import { useShortcuts } from '../keyboard/use-shortcuts';
import { HideReviewModal } from './HideReviewModal';
import { useReviewPages } from './queries';
import { ReviewItem } from './ReviewItem';
import { useModeration } from './use-moderation';

const keys = { approve: 'a', hide: 'h' };

/** The queue's keys, bound and listed in the shortcut sheet only where the list is the moderation queue. */
function QueueKeys({ shortcuts }: { shortcuts: Shortcut[] }) {
  useShortcuts('Reviews', shortcuts);
  return <KeyHints shortcuts={shortcuts} />;
}

interface Props {
  input: Omit<InputOf<'reviews.list'>, 'cursor' | 'limit'>;
  label: string;
  withCustomer?: boolean;
  /** The moderation queue's keys (A, H, J/K): bound while the list is on screen, on one list at a time. */
  keyboard?: boolean;
  emptyTitle: string;
  emptyText: string;
}

/**
 * A paged list of reviews to moderate. The highlighted one follows J/K (or the arrows) and the mouse; after a
 * decision it leaves the list and the highlight lands on the next one, so a queue is worked through by keys alone.
 */
export function ReviewList({ input, label, withCustomer = false, keyboard = false, emptyTitle, emptyText }: Props) {
  const { pages, rows } = useReviewPages(input);
  const [activeIndex, setActiveIndex] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  const active = Math.min(activeIndex, rows.length - 1);

  const focusActive = () =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const item = list.current?.querySelector<HTMLElement>('[data-active]');
        item?.focus({ preventScroll: true });
        item?.scrollIntoView({ block: 'nearest' });
      }),
    );
  const moderation = useModeration(focusActive);
  const current = rows[active];

  const move = (delta: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, active + delta));
    setActiveIndex(next);
    focusActive();
    if (next >= rows.length - 5 && pages.hasNextPage && !pages.isFetchingNextPage) void pages.fetchNextPage();
  };
  const shortcuts: Shortcut[] = keyboard
    ? [
        { keys: ['j', 'arrowdown'], label: 'Next review', hint: 'next', run: () => move(1) },
        { keys: ['k', 'arrowup'], label: 'Previous review', hint: 'previous', run: () => move(-1) },
        {
          keys: [keys.approve],
          label: 'Approve the highlighted review',
          hint: 'approves',
          run: () => current && current.status !== 'approved' && moderation.approve(current),
        },
        {
          keys: [keys.hide],
          label: 'Hide the highlighted review (asks the reason)',
          hint: 'hides',
          run: () => current && current.status !== 'hidden' && moderation.startHiding(current),
        },
      ]
    : [];

  if (pages.isError) return <Alert color="red">{pages.error.message}</Alert>;
  if (pages.isPending) return <Loader size="sm" aria-label={`Loading ${label.toLowerCase()}`} />;
  return (
    <Stack gap="xs">
      {keyboard && <QueueKeys shortcuts={shortcuts} />}
      {moderation.conflict && (
        <ConflictNotice
          title="Already moderated by someone else"
          message={`${moderation.conflict}. The list now shows it as it is.`}
          onDismiss={moderation.dismissConflict}
        />
      )}
      {rows.length === 0 ? (
        <EmptyList icon={IconStar} title={emptyTitle}>
          {emptyText}
        </EmptyList>
      ) : (
        <Stack gap={6} ref={list} role="feed" aria-label={label} aria-busy={pages.isFetching}>
          {rows.map((review, index) => (
            <ReviewItem
              key={review.id}
              review={review}
              active={index === active}
              withCustomer={withCustomer}
              keys={keyboard ? keys : undefined}
              busy={moderation.pendingId === review.id}
              onActivate={() => setActiveIndex(index)}
              onApprove={() => {
                setActiveIndex(index);
                moderation.approve(review);
              }}
              onHide={() => {
                setActiveIndex(index);
                moderation.startHiding(review);
              }}
            />
          ))}
        </Stack>
      )}
      {rows.length > 0 && <LoadMore pages={pages} shown={rows.length} noun="review" />}
      {moderation.hiding && (
        <HideReviewModal
          review={moderation.hiding}
          loading={moderation.pendingId === moderation.hiding.id}
          onHide={(reason, form) => moderation.hiding && moderation.hide(moderation.hiding, reason, form)}
          onClose={moderation.stopHiding}
        />
      )}
    </Stack>
  );
}
