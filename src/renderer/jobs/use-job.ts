import { useEffect, useState } from 'react';
import { finishedJobStates, jobProgressTopic, type JobInfo } from '../../shared/jobs/contract';
import { bridge, call } from '../client/api';

/**
 * Follows one background job: the latest JobInfo from `job.progress` events, starting from
 * `jobs.get` so a panel opened late (or after a reload) shows the current state. Pass the
 * JobInfo the starting operation returned, or null for none.
 */
export function useJob(initial: JobInfo | null): JobInfo | null {
  const [latest, setJob] = useState<JobInfo | null>(null);
  const id = initial?.id ?? null;

  useEffect(() => {
    if (!id) return;
    let live = true;
    const unsubscribe = bridge.onEvent((event) => {
      if (event.topic !== jobProgressTopic) return;
      const info = event.payload as JobInfo;
      if (info.id === id) setJob(info);
    });
    // An event may have fired before the subscription opened: read the state once.
    void call('jobs.get', { id }).then(
      (info) => live && setJob((current) => (current && isLater(current, info) ? current : info)),
      () => undefined,
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [id]);

  return latest && latest.id === id ? latest : initial;
}

function isLater(a: JobInfo, b: JobInfo): boolean {
  if (isFinished(a) !== isFinished(b)) return isFinished(a);
  return a.done > b.done;
}

export function isFinished(job: JobInfo): boolean {
  return finishedJobStates.includes(job.state);
}
