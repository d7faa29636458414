import { z } from 'zod';
import { idSchema, method, timestampSchema } from '../api/common';
import { ALL_ROLES } from '../auth/roles';
import { signatureMeaningSchema } from '../signatures/contract';

/**
 * What awaits the signed-in person (待办). One list fed by small providers (electron/backend/services/tasks.ts):
 * today revisions to sign and revisions returned to their author; later modules add their own kinds.
 */
export const TASK_KINDS = ['sign', 'revise'] as const;

export const taskSchema = z.object({
  kind: z.enum(TASK_KINDS),
  entityType: z.literal('revision'),
  entityId: idSchema,
  documentId: idSchema,
  documentNumber: z.string(),
  documentTitle: z.string(),
  label: z.string(),
  /** For `sign`: the meaning of the step awaiting this person's signature. */
  meaning: signatureMeaningSchema.nullable(),
  /** For `revise`: the comment it was returned with. */
  comment: z.string().nullable(),
  since: timestampSchema,
});
export type Task = z.infer<typeof taskSchema>;

export const tasksMethods = {
  'tasks.mine': method({ input: z.object({}).strict(), output: z.array(taskSchema), roles: ALL_ROLES, mutates: false }),
};
