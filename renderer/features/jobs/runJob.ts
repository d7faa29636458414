import type { Job } from '../../../shared/jobs/contract';
import { ApiCallError, call } from '../../api/client';

export interface JobHandle<T> {
  /** Resolves with the job's result; rejects with its error (ApiCallError), also when cancelled. */
  done: Promise<T>;
  /** Asks the backend to stop the job; it answers whether it could (a job past its point of no return finishes). */
  cancel: () => Promise<boolean>;
}

/**
 * Follows a job started by a domain's `…Start` method: polls jobs.get, reports its progress, and settles with its
 * result. Polling keeps one code path for Electron IPC and the web host.
 */
export function followJob<T>(start: Promise<{ jobId: string }>, onProgress: (job: Job) => void, intervalMs = 250): JobHandle<T> {
  let jobId: string | null = null;
  let stopped = false;
  const done = (async () => {
    jobId = (await start).jobId;
    for (;;) {
      const job = await call('jobs.get', { jobId });
      onProgress(job);
      if (job.status === 'done') return job.result as T;
      if (job.status !== 'running') throw new ApiCallError((job.error?.code ?? 'INTERNAL') as never, job.error?.message ?? job.status, job.error?.details);
      if (stopped) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    done,
    cancel: async () => {
      stopped = true;
      if (!jobId) return false;
      return (await call('jobs.cancel', { jobId })).cancelled;
    },
  };
}
