import { z } from 'zod';
import { idSchema, method } from '../api/common';
import { ALL_ROLES } from '../auth/roles';

/**
 * Long work (Word export with a layout pass, imports, later merges and review packs) runs as a job off the main
 * thread. A domain starts one with its own `…Start` method, which answers `{ jobId }`; anyone then follows it with
 * `jobs.get` (polled, so it works over IPC and HTTP alike) and may stop it with `jobs.cancel` while it is cancellable.
 * A finished job's `result` is what the domain's synchronous method answers, checked against that method's output.
 */
export const JOB_STATUSES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const jobStartedSchema = z.object({ jobId: idSchema });

export const jobSchema = z.object({
  id: idSchema,
  /** The method whose work it does, e.g. 'word.export'. */
  kind: z.string(),
  status: z.enum(JOB_STATUSES),
  /** 0 … 1. */
  progress: z.number().min(0).max(1),
  /** What it is doing now, as a key the renderer translates (e.g. 'layout'). */
  stage: z.string().nullable(),
  /** Whether stopping it now leaves nothing half-done (false once it writes). */
  cancellable: z.boolean(),
  result: z.unknown().nullable(),
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }).nullable(),
});
export type Job = z.infer<typeof jobSchema>;

export const jobsMethods = {
  'jobs.get': method({ input: z.object({ jobId: idSchema }), output: jobSchema, roles: ALL_ROLES, mutates: false }),
  'jobs.cancel': method({ input: z.object({ jobId: idSchema }), output: z.object({ cancelled: z.boolean() }), roles: ALL_ROLES, mutates: false }),
};
