import { formatCount } from '../customers/display/format';

/** "1 exchange", "10,000+ withdrawals": a count the core may have stopped at its cap. */
export function cappedCount(count: { total: number; capped: boolean }, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(count.total)}${count.capped ? '+' : ''} ${count.total === 1 && !count.capped ? noun : nouns}`;
}
