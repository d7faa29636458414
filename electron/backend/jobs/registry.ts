import { uuidv7 } from 'uuidv7';
import type { Job } from '../../../shared/jobs/contract';
import { message } from '../../../shared/api/messages';
import type { Backend, ServiceContext } from '../context';
import { AppError } from '../errors';

/** What a job's work may do: report progress, say whether stopping is still safe, and notice a cancel. */
export interface JobControl {
  progress(value: number, stage: string): void;
  setCancellable(cancellable: boolean): void;
  signal: AbortSignal;
}

interface JobRecord extends Omit<Job, 'error'> {
  ownerId: string | null;
  controller: AbortController;
  finishedAt: number | null;
  error: AppError | null;
}

/** Finished jobs are kept this long for their owner to collect. */
const KEEP_MS = 10 * 60_000;
const MAX_RUNNING_PER_PERSON = 4;
const jobs = new WeakMap<Backend, Map<string, JobRecord>>();

function jobsOf(backend: Backend) {
  let map = jobs.get(backend);
  if (!map) jobs.set(backend, (map = new Map()));
  const now = Date.now();
  for (const [id, j] of map) if (j.finishedAt !== null && now - j.finishedAt > KEEP_MS) map.delete(id);
  return map;
}

/**
 * Starts work in the background and answers its id at once; the work reports progress through `control`. Its result
 * (or its typed error) waits for the caller in jobs.get. Only the person who started a job sees or cancels it.
 */
export function startJob(ctx: ServiceContext, kind: string, work: (control: JobControl) => Promise<unknown>, cancellable = true): string {
  const map = jobsOf(ctx.backend);
  const ownerId = ctx.caller?.id ?? null;
  if ([...map.values()].filter((j) => j.ownerId === ownerId && j.status === 'running').length >= MAX_RUNNING_PER_PERSON) throw new AppError('CONFLICT', 'jobs.busy');
  const record: JobRecord = { id: uuidv7(), kind, ownerId, status: 'running', progress: 0, stage: null, cancellable, result: null, error: null, controller: new AbortController(), finishedAt: null };
  map.set(record.id, record);
  const control: JobControl = {
    progress: (value, stage) => {
      if (record.status !== 'running') return;
      record.progress = Math.max(record.progress, Math.min(1, value));
      record.stage = stage;
    },
    setCancellable: (c) => (record.cancellable = c),
    signal: record.controller.signal,
  };
  void work(control).then(
    (result) => {
      if (record.status !== 'running') return;
      Object.assign(record, { status: 'done', progress: 1, result, finishedAt: Date.now(), cancellable: false });
    },
    (err: unknown) => {
      if (record.status !== 'running') return;
      const error = err instanceof AppError ? err : new AppError('INTERNAL', 'jobs.failed', { reason: err instanceof Error ? err.message : String(err) });
      const cancelled = error.key === 'jobs.cancelled';
      Object.assign(record, { status: cancelled ? 'cancelled' : 'failed', error, finishedAt: Date.now(), cancellable: false });
    },
  );
  return record.id;
}

function own(ctx: ServiceContext, jobId: string): JobRecord {
  const job = jobsOf(ctx.backend).get(jobId);
  if (!job || job.ownerId !== (ctx.caller?.id ?? null)) throw new AppError('NOT_FOUND', 'NOT_FOUND', {}, { entity: 'job', id: jobId });
  return job;
}

export function getJob(ctx: ServiceContext, jobId: string): Job {
  const { id, kind, status, progress, stage, cancellable, result, error } = own(ctx, jobId);
  return {
    id, kind, status, progress, stage, cancellable, result,
    error: error && { code: error.code, message: message(error.key, ctx.locale, error.params), ...(error.details !== undefined && { details: error.details }) },
  };
}

/** Stops a job while that is safe; a job past the point where it writes runs to its end. */
export function cancelJob(ctx: ServiceContext, jobId: string): boolean {
  const job = own(ctx, jobId);
  if (job.status !== 'running' || !job.cancellable) return false;
  job.controller.abort();
  Object.assign(job, { status: 'cancelled', error: new AppError('CONFLICT', 'jobs.cancelled'), finishedAt: Date.now(), cancellable: false });
  return true;
}
