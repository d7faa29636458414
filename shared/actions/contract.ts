import { z } from 'zod';
import { dateSchema, idSchema, method, optionalText, recordMeta, text } from '../api/common';
import { ALL_ROLES } from '../auth/roles';

/**
 * The shared actions piece: one action (owner, due date, status, evidence) belongs to any parent record — a
 * corrective action today, review outputs and findings later (parentType + parentId). Never deleted: cancelled.
 */
export const ACTION_KINDS = ['corrective', 'preventive', 'containment', 'improvement'] as const;
export const actionKindSchema = z.enum(ACTION_KINDS);
export const ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES);

export const actionSchema = z.object({
  ...recordMeta,
  parentType: z.string(),
  parentId: idSchema,
  kind: actionKindSchema,
  description: z.string(),
  ownerPersonId: idSchema,
  ownerName: z.string(),
  unitId: idSchema.nullable(),
  dueDate: dateSchema,
  status: actionStatusSchema,
  doneOn: dateSchema.nullable(),
  doneNote: z.string().nullable(),
  cancelReason: z.string().nullable(),
  overdue: z.boolean(),
  evidenceIds: z.array(idSchema),
});
export type Action = z.infer<typeof actionSchema>;

const ref = { id: idSchema, version: z.number().int().min(1) };

export const actionsMethods = {
  'actions.list': method({
    input: z.object({ parentType: text(40), parentId: idSchema }).strict(),
    output: z.array(actionSchema),
    roles: ALL_ROLES,
    mutates: false,
  }),
  /** Rights come from the parent (its module says who manages its actions). */
  'actions.add': method({
    input: z
      .object({ parentType: text(40), parentId: idSchema, kind: actionKindSchema, description: text(2000), ownerPersonId: idSchema, dueDate: dateSchema })
      .strict(),
    output: actionSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  'actions.update': method({
    input: z.object({ ...ref, description: text(2000).optional(), ownerPersonId: idSchema.optional(), dueDate: dateSchema.optional(), kind: actionKindSchema.optional() }).strict(),
    output: actionSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  /** Done with implementation evidence (attachments) and a note; the action's owner or a manager of the parent. */
  'actions.complete': method({
    input: z.object({ ...ref, doneOn: dateSchema, note: optionalText(2000), evidenceIds: z.array(idSchema).max(50).default([]) }).strict(),
    output: actionSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  'actions.reopen': method({
    input: z.object({ ...ref, reason: text(1000) }).strict(),
    output: actionSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  'actions.cancel': method({
    input: z.object({ ...ref, reason: text(1000) }).strict(),
    output: actionSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
};
