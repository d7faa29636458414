import { z } from 'zod';
import { dateSchema, idSchema, method, optionalText, recordMeta, text } from '../api/common';
import { ALL_ROLES, MANAGERS } from '../auth/roles';
import { actionSchema } from '../actions/contract';

/** Context (ISO 4.1, 4.2) and the risk and opportunity register (6.1). */
export const CONTEXT_KINDS = ['internal', 'external', 'party'] as const;
export const contextItemSchema = z.object({
  ...recordMeta,
  kind: z.enum(CONTEXT_KINDS),
  title: z.string(),
  detail: z.string(),
  recordedOn: dateSchema,
  reviewedOn: dateSchema.nullable(),
  active: z.boolean(),
});
export type ContextItem = z.infer<typeof contextItemSchema>;

export const RISK_STATUSES = ['open', 'treating', 'monitoring', 'closed'] as const;
export const RISK_SOURCES = ['process', 'unit', 'issue', 'other'] as const;
const score = z.number().int().min(1).max(5);
export const matrixSchema = z.object({ low: z.number().int().min(1).max(25), medium: z.number().int().min(1).max(25) });

export const riskSchema = z.object({
  ...recordMeta,
  number: z.string(),
  kind: z.enum(['risk', 'opportunity']),
  description: z.string(),
  sourceKind: z.enum(RISK_SOURCES),
  sourceId: idSchema.nullable(),
  sourceName: z.string().nullable(),
  likelihood: score,
  impact: score,
  score: z.number().int(),
  level: z.enum(['low', 'medium', 'high']),
  treatment: z.string(),
  ownerPersonId: idSchema,
  ownerName: z.string(),
  unitId: idSchema.nullable(),
  status: z.enum(RISK_STATUSES),
  reviewDate: dateSchema,
  reviewDue: z.boolean(),
  actions: z.array(actionSchema),
});
export type Risk = z.infer<typeof riskSchema>;

const riskFields = {
  kind: z.enum(['risk', 'opportunity']),
  description: text(2000),
  sourceKind: z.enum(RISK_SOURCES),
  sourceId: idSchema.nullable().default(null),
  likelihood: score,
  impact: score,
  treatment: optionalText(2000).default(''),
  ownerPersonId: idSchema,
  status: z.enum(RISK_STATUSES).default('open'),
  reviewDate: dateSchema,
};

export const risksMethods = {
  'context.list': method({ input: z.object({ kind: z.enum(CONTEXT_KINDS).optional() }).strict(), output: z.array(contextItemSchema), roles: ALL_ROLES, mutates: false }),
  'context.save': method({
    input: z.object({ id: idSchema.optional(), version: z.number().int().min(1).optional(), kind: z.enum(CONTEXT_KINDS), title: text(200), detail: optionalText(2000).default(''), active: z.boolean().default(true) }).strict(),
    output: contextItemSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  /** Marks an entry reviewed today (unchanged or after an edit); the trail keeps each review. */
  'context.review': method({ input: z.object({ id: idSchema, version: z.number().int().min(1) }).strict(), output: contextItemSchema, roles: MANAGERS, mutates: true }),
  'risks.list': method({
    input: z.object({ status: z.enum(RISK_STATUSES).optional(), level: z.enum(['low', 'medium', 'high']).optional() }).strict(),
    output: z.object({ items: z.array(riskSchema), matrix: matrixSchema }),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'risks.get': method({ input: z.object({ id: idSchema }).strict(), output: riskSchema, roles: ALL_ROLES, mutates: false }),
  'risks.create': method({ input: z.object(riskFields).strict(), output: riskSchema, roles: MANAGERS, mutates: true }),
  /** By a quality manager or the risk's owner (a corrective action's follow-up updates its risk this way). */
  'risks.update': method({ input: z.object({ id: idSchema, version: z.number().int().min(1), ...riskFields }).strict(), output: riskSchema, roles: ALL_ROLES, mutates: true }),
  'risks.matrix': method({ input: z.object({}).strict(), output: matrixSchema, roles: ALL_ROLES, mutates: false }),
  'risks.setMatrix': method({ input: matrixSchema.strict(), output: matrixSchema, roles: MANAGERS, mutates: true }),
};
