import { z } from 'zod';
import { idSchema, method, timestampSchema } from '../api/common';
import { ALL_ROLES, MANAGERS } from '../auth/roles';
import { signatureMeaningSchema } from '../signatures/contract';

/**
 * The task inbox (待办): one stored list of things awaiting a person, written by providers that modules register
 * (electron/backend/services/task-providers.ts) in the same transaction as the event that creates or completes
 * them. Today revisions to sign and revisions returned to their author; later modules add their own kinds.
 */
export const TASK_KINDS = ['sign', 'revise', 'auditPlan', 'programmeSign', 'matrixApprove', 'action', 'capa', 'capaVerify', 'acknowledgeFinding', 'read', 'read_paper', 'training'] as const;
/** Colours of each kind's tag in the inbox (a module adding a kind adds its colour and its strings tasks.kinds.<kind>, tasks.lines.<kind>). */
export const TASK_KIND_COLORS: Record<(typeof TASK_KINDS)[number], string> = { sign: 'blue', revise: 'orange', auditPlan: 'cyan', programmeSign: 'geekblue', matrixApprove: 'purple', action: 'cyan', capa: 'volcano', capaVerify: 'purple', acknowledgeFinding: 'red', read: 'cyan', read_paper: 'geekblue', training: 'purple' };
export const taskKindSchema = z.enum(TASK_KINDS);

export const taskSchema = z.object({
  id: idSchema,
  kind: taskKindSchema,
  /** The record the task is about (a revision, a finding, an action…). */
  entityType: z.string(),
  entityId: idSchema,
  /** The record it belongs to (a revision's document, a finding's audit), its number and title. */
  parentId: idSchema.nullable(),
  ref: z.string(),
  title: z.string(),
  label: z.string(),
  /** Free detail a kind's line may show (the step's meaning, a comment, a topic). */
  detail: z.string().nullable(),
  /** For `sign`: the meaning of the step awaiting this person's signature. */
  meaning: signatureMeaningSchema.nullable(),
  /** For `revise`: the comment it was returned with. */
  comment: z.string().nullable(),
  /** From whom: the author (sign) or whoever returned it (revise). */
  from: z.string().nullable(),
  since: timestampSchema,
  dueAt: timestampSchema.nullable(),
  overdue: z.boolean(),
  /** The renderer route that opens it. */
  link: z.string(),
});
export type Task = z.infer<typeof taskSchema>;

export const tasksMineInput = z
  .object({
    kind: taskKindSchema.optional(),
    overdue: z.boolean().optional(),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(200).default(20),
  })
  .strict();

export const tasksMethods = {
  /** My open tasks, oldest due first; `total` counts the filtered list, `open` and `overdue` all of mine (the badge). */
  'tasks.mine': method({
    input: tasksMineInput,
    output: z.object({ items: z.array(taskSchema), total: z.number().int(), open: z.number().int(), overdue: z.number().int() }),
    roles: ALL_ROLES,
    mutates: false,
  }),
  /** For quality managers: the organisation's open and overdue tasks by owning unit. */
  'tasks.overdueByUnit': method({
    input: z.object({}).strict(),
    output: z.array(z.object({ unitId: idSchema.nullable(), unitName: z.string().nullable(), open: z.number().int(), overdue: z.number().int() })),
    roles: MANAGERS,
    mutates: false,
  }),
};
