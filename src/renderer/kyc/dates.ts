import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';

dayjs.extend(relativeTime);

/** "3 days", "an hour": how long a request has been waiting. */
export function waitingFor(since: string): string {
  return dayjs(since).fromNow(true);
}
