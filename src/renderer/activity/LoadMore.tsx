import { Button, Center, Text } from '@mantine/core';
import type { InfiniteQueryObserverResult } from '@tanstack/react-query';
import { counted } from '../customers/display/format';

interface Props {
  pages: Pick<InfiniteQueryObserverResult, 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'>;
  /** Rows on screen, and what they are called ("exchange"). */
  shown: number;
  noun: string;
}

/** Below a paged list: the next page on a click, or how many rows the whole list holds. */
export function LoadMore({ pages, shown, noun }: Props) {
  return (
    <Center py="xs">
      {pages.hasNextPage ? (
        <Button
          variant="default"
          size="xs"
          loading={pages.isFetchingNextPage}
          onClick={() => void pages.fetchNextPage()}
        >
          Load more
        </Button>
      ) : (
        <Text size="xs" c="dimmed">
          {shown === 1 ? `The only ${noun}` : `All ${counted(shown, noun)}`} shown
        </Text>
      )}
    </Center>
  );
}
