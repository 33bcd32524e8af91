import { Alert, Group, Paper, Progress, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import type { ReviewsOverview as Overview } from '../../shared/reviews/contract';
import { ratings } from '../../shared/reviews/statuses';
import { Stat } from '../activity/Stat';
import { counted, formatCount } from '../customers/display/format';
import { useReviewsOverview } from './queries';
import { hundredths, starsText } from './review-display';

/** How many reviews gave each rating, 5 stars first, as bars of the whole. */
function Distribution({ overview }: { overview: Overview }) {
  const byRating = new Map(overview.distribution.map((row) => [row.rating, row.count]));
  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-label="Rating distribution">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={6}>
        Rating distribution
      </Text>
      <Stack gap={4}>
        {[...ratings].reverse().map((rating) => {
          const count = byRating.get(rating) ?? 0;
          const share = overview.total === 0 ? 0 : (count / overview.total) * 100;
          return (
            <Group key={rating} gap="xs" wrap="nowrap">
              <Text size="xs" w={24} ta="right" aria-hidden>
                {rating} ★
              </Text>
              <Progress
                value={share}
                size="md"
                color="yellow"
                style={{ flex: 1 }}
                aria-label={`${rating} ${rating === 1 ? 'star' : 'stars'}: ${counted(count, 'review')}`}
              />
              <Text size="xs" w={48} ta="right" ff="monospace">
                {formatCount(count)}
              </Text>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}

function Figures({ overview }: { overview: Overview }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat
          label="Reviews"
          value={formatCount(overview.total)}
          note={`${formatCount(overview.pending)} pending · ${formatCount(overview.hidden)} hidden`}
        />
        <Stat
          label="Approval rate"
          value={overview.approvalRate === null ? '—' : `${hundredths(overview.approvalRate)}%`}
          note={`${formatCount(overview.approved)} approved of ${formatCount(overview.approved + overview.hidden)} moderated`}
        />
        <Stat
          label="Average rating"
          value={overview.averageRating === null ? '—' : hundredths(overview.averageRating)}
          note={
            overview.averageRating === null ? 'no reviews yet' : starsText(Math.round(overview.averageRating / 100))
          }
        />
        <Stat label="Last 24 hours" value={formatCount(overview.last24Hours)} note="new reviews" />
      </SimpleGrid>
      <Distribution overview={overview} />
    </SimpleGrid>
  );
}

/** The top of the reviews page: what customers say of the platform, in figures. */
export function ReviewsOverview() {
  const overview = useReviewsOverview();
  if (overview.isError) return <Alert color="red">{overview.error.message}</Alert>;
  if (!overview.data) return <Skeleton h={150} radius="md" />;
  return (
    <section aria-label="Reviews overview">
      <Figures overview={overview.data} />
    </section>
  );
}
