import { expect, it } from 'vitest';
import { paceOf } from './pace';

it('measures the pace from the first report, and estimates nothing within its first second', () => {
  // The first report came 3 s after launch, at 256 rows: those 3 s do not count.
  const from = { ms: 3000, done: 256 };
  expect(paceOf(from, 3000, 256, 100_000)).toEqual({ rowsPerSecond: 0, secondsLeft: null });
  expect(paceOf(from, 3900, 9000, 100_000)).toEqual({ rowsPerSecond: 0, secondsLeft: null });
  expect(paceOf(from, 5000, 20_256, 100_000)).toEqual({ rowsPerSecond: 10_000, secondsLeft: 8 });
  // Without a known total there is a pace but no time left.
  expect(paceOf(from, 5000, 20_256, null)).toEqual({ rowsPerSecond: 10_000, secondsLeft: null });
  expect(paceOf(from, 13_000, 100_256, 100_000)).toEqual({ rowsPerSecond: 10_000, secondsLeft: 0 });
});
