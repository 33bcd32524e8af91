import { useEffect, useState } from 'react';
import {
  finishedJobStates,
  isJobOf,
  jobProgressTopic,
  type JobInfo,
  type JobInfoOf,
  type JobKind,
} from '../../shared/jobs/contract';
import { call, onCoreEvent } from '../client/api';

/**
 * Follows one background job: the latest JobInfo from `job.progress` events, starting from
 * `jobs.get` so a panel opened late (or after a reload) shows the current state. Pass the
 * JobInfo the starting operation returned, or null for none; what comes back is of its kind,
 * so a done job's result is typed.
 */
export function useJob<K extends JobKind>(started: (JobInfo & { kind: K }) | null): JobInfoOf<K> | null {
  const [latest, setJob] = useState<JobInfoOf<K> | null>(null);
  const initial = started && isJobOf(started, started.kind) ? started : null;
  const id = initial?.id ?? null;
  const kind = initial?.kind ?? null;

  useEffect(() => {
    if (!id || !kind) return;
    let live = true;
    const follow = (info: JobInfo) => {
      if (info.id === id && isJobOf(info, kind))
        setJob((current) => (current && isLater(current, info) ? current : info));
    };
    const unsubscribe = onCoreEvent(jobProgressTopic, follow);
    // An event may have fired before the subscription opened: read the state once.
    void call('jobs.get', { id }).then(
      (info) => live && follow(info),
      () => undefined,
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [id, kind]);

  return latest && latest.id === id ? latest : initial;
}

type JobStep = Pick<JobInfo, 'state' | 'done'>;

function isLater(a: JobStep, b: JobStep): boolean {
  if (isFinished(a) !== isFinished(b)) return isFinished(a);
  return a.done > b.done;
}

export function isFinished(job: Pick<JobInfo, 'state'>): boolean {
  return finishedJobStates.includes(job.state);
}
