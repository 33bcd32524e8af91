/** Where a job's pace is measured from: its first progress report. */
export interface PaceStart {
  ms: number;
  done: number;
}

/**
 * Rows per second and the time left, measured from the first progress report rather than the
 * launch: starting a worker (an import's validators too) takes seconds that say nothing of the
 * pace. Over less than a second the pace says little, so there is no estimate until then.
 */
export function paceOf(
  from: PaceStart,
  now: number,
  done: number,
  total: number | null,
): { rowsPerSecond: number; secondsLeft: number | null } {
  const seconds = (now - from.ms) / 1000;
  const rate = seconds >= 1 ? (done - from.done) / seconds : 0;
  return {
    rowsPerSecond: Math.round(rate),
    secondsLeft: total !== null && rate > 0 ? Math.max(0, Math.ceil((total - done) / rate)) : null,
  };
}
