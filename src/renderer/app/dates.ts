import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';

/**
 * Every date and time the desk shows, in one format: the user's locale and time zone, as the
 * browser reports them. The formatters are built once: building one costs far more than using
 * it, and a list formats hundreds of dates.
 */
const moments = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const days = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

dayjs.extend(relativeTime);

/** A moment (ISO timestamp): "1 Dec 2026, 17:32" in en-GB, "Dec 1, 2026, 5:32 PM" in en-US. */
export function formatDateTime(iso: string): string {
  return moments.format(new Date(iso));
}

/** The day of a moment (ISO timestamp), in the user's time zone. */
export function formatDate(iso: string): string {
  return days.format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD, a date of birth): the same day in every time zone. */
export { formatDay as formatCalendarDate } from '../../shared/customers/display';

/** "3 days ago": how long since a moment. */
export function timeAgo(iso: string): string {
  return dayjs(iso).fromNow();
}

/** "3 days", "an hour": how long a request has been waiting. */
export function waitingFor(since: string): string {
  return dayjs(since).fromNow(true);
}
