import { z } from 'zod';
import { idSchema, method, recordMeta } from '../api/common';
import { ALL_ROLES, MANAGERS, roleSchema } from '../auth/roles';
import { documentTypeSchema } from '../documents/types';

/**
 * Who may sign a route step. Kinds are open: the organisation module adds e.g. `unitHead`
 * (the head of the owning unit) by adding a branch here and a resolver in the service.
 */
export const assigneeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), userId: idSchema }),
  z.object({ kind: z.literal('role'), role: roleSchema }),
  /** Quality managers, or the approvers named on the document (the single-step model of the first pass). */
  z.object({ kind: z.literal('documentApprovers') }),
  /** The head of the unit owning the document (departments.head_person_id), or their deputy while they are absent. */
  z.object({ kind: z.literal('unitHead') }),
]);
export type Assignee = z.infer<typeof assigneeSchema>;

export const STEP_MEANINGS = ['reviewed', 'countersigned', 'approved'] as const;

/** A step after 编制 (the author signs that on submission). */
export const routeStepSchema = z
  .object({
    meaning: z.enum(STEP_MEANINGS),
    /** any: one signature from any assignee; all: 会签, every named person signs (in any order). */
    mode: z.enum(['any', 'all']),
    assignees: z.array(assigneeSchema).min(1).max(20),
  })
  .refine((s) => s.mode === 'any' || s.assignees.every((a) => a.kind === 'user'), {
    message: 'a countersign step (all) names people, not roles',
    path: ['assignees'],
  })
  .refine((s) => s.mode === 'any' || s.assignees.length >= 2, { message: 'a countersign step (all) names at least two people', path: ['assignees'] });
export type RouteStep = z.infer<typeof routeStepSchema>;

/** The last step approves; a route has at most eight steps. */
export const routeStepsSchema = z
  .array(routeStepSchema)
  .min(1)
  .max(8)
  .refine((steps) => steps.at(-1)?.meaning === 'approved', { message: 'the last step approves (批准)' })
  .refine((steps) => steps.slice(0, -1).every((s) => s.meaning !== 'approved'), { message: 'only the last step approves (批准)' });

/** The route of the first pass: a quality manager or a named approver approves. */
export const DEFAULT_ROUTE: RouteStep[] = [{ meaning: 'approved', mode: 'any', assignees: [{ kind: 'documentApprovers' }] }];

export const routeSchema = z.object({
  ...recordMeta,
  documentType: documentTypeSchema.nullable(),
  documentId: idSchema.nullable(),
  steps: routeStepsSchema,
});

const scope = z
  .object({ documentType: documentTypeSchema.optional(), documentId: idSchema.optional() })
  .strict()
  .refine((s) => (s.documentType === undefined) !== (s.documentId === undefined), { message: 'give either documentType or documentId' });

export const routesMethods = {
  /** Routes set per type and per document (the default route applies where none is set). */
  'routes.list': method({ input: z.object({}).strict(), output: z.array(routeSchema), roles: ALL_ROLES, mutates: false }),
  /** The route a document's next submission follows, and where it comes from. */
  'routes.effective': method({
    input: z.object({ documentId: idSchema }),
    output: z.object({ source: z.enum(['document', 'type', 'default']), steps: routeStepsSchema }),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'routes.set': method({
    input: z.object({ scope, steps: routeStepsSchema }),
    output: routeSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  /** Removes a type's or a document's own route, so the broader one applies again. */
  'routes.clear': method({ input: z.object({ scope }), output: z.object({}).strict(), roles: MANAGERS, mutates: true }),
};
