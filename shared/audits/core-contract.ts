import { z } from 'zod';
import { idSchema, method, optionalText, text } from '../api/common';
import { ALL_ROLES, MANAGERS } from '../auth/roles';
import { routeStepSchema } from '../routes/contract';
import {
  auditCreateInput,
  auditListInput,
  auditPlanInput,
  auditSchema,
  auditStepSchema,
  auditSummarySchema,
  clauseSchema,
  coverageSchema,
  independenceExceptionInput,
  programmeSchema,
  yearSchema,
} from './schemas';

/** A programme's approval route: steps after 编制 naming people or roles (the programme has no owning document). */
export const programmeRouteSchema = z
  .array(routeStepSchema.refine((s) => s.assignees.every((a) => a.kind === 'user' || a.kind === 'role'), { message: 'name people or roles', path: ['assignees'] }))
  .min(1)
  .max(6)
  .refine((steps) => steps.at(-1)?.meaning === 'approved', { message: 'the last step approves (批准)' });

const ref = z.object({ id: idSchema, version: z.number().int().min(1) }).strict();

export const auditCoreMethods = {
  /** Audits, newest year first then by month; any role reads (executives read, auditors find theirs with `mine`). */
  'audits.list': method({ input: auditListInput, output: z.array(auditSummarySchema), roles: ALL_ROLES, mutates: false }),
  'audits.get': method({ input: z.object({ id: idSchema }).strict(), output: auditSchema, roles: ALL_ROLES, mutates: false }),
  /** A planned audit (in a programme or on its own), numbered IA-{year}-{seq} by this database. */
  'audits.create': method({ input: auditCreateInput, output: auditSchema, roles: MANAGERS, mutates: true }),
  /** Saves the whole plan (quality managers, or the audit's lead auditor). Refuses an auditor on their own unit. */
  'audits.savePlan': method({ input: auditPlanInput, output: auditSchema, roles: ALL_ROLES, mutates: true }),
  /** Sends the plan to the auditees' inbox (a task each, until the audit starts). */
  'audits.issuePlan': method({ input: ref, output: auditSchema, roles: ALL_ROLES, mutates: true }),
  /** A lifecycle step: start, report, close, cancel (with a comment). */
  'audits.step': method({
    input: ref.extend({ step: auditStepSchema, comment: optionalText(2000).nullable().default(null) }).strict(),
    output: auditSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  /** The lead (or a quality manager) records that an auditor may audit their own unit, with the reason. */
  'audits.recordException': method({ input: independenceExceptionInput, output: auditSchema, roles: ALL_ROLES, mutates: true }),
  'audits.removeException': method({ input: z.object({ auditId: idSchema, exceptionId: idSchema }).strict(), output: auditSchema, roles: ALL_ROLES, mutates: true }),

  /** The programme of a year (null when none yet) and its coverage. */
  'programmes.get': method({ input: z.object({ year: yearSchema }).strict(), output: programmeSchema.nullable(), roles: ALL_ROLES, mutates: false }),
  'programmes.coverage': method({ input: z.object({ year: yearSchema }).strict(), output: coverageSchema, roles: ALL_ROLES, mutates: false }),
  'programmes.create': method({
    input: z.object({ year: yearSchema, title: text(200).optional(), notes: optionalText(4000).default('') }).strict(),
    output: programmeSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  'programmes.update': method({ input: ref.extend({ title: text(200), notes: optionalText(4000) }).strict(), output: programmeSchema, roles: MANAGERS, mutates: true }),
  /** Justifies leaving a clause uncovered this year (for the organisation, or for one unit). */
  'programmes.justifyGap': method({
    input: z.object({ programmeId: idSchema, clause: clauseSchema, unitId: idSchema.nullable().default(null), justification: text(2000) }).strict(),
    output: programmeSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  'programmes.removeGap': method({ input: z.object({ programmeId: idSchema, gapId: idSchema }).strict(), output: programmeSchema, roles: MANAGERS, mutates: true }),
  /** Submits for approval (the author signs 编制); refused while an applicable clause is uncovered and unjustified. */
  'programmes.submit': method({
    input: ref.extend({ password: z.string().min(1).max(200), route: programmeRouteSchema.optional() }).strict(),
    output: programmeSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  /** Signs the step now awaiting the caller; the last step approves the programme. */
  'programmes.sign': method({
    input: ref.extend({ password: z.string().min(1).max(200), comment: optionalText(2000).nullable().default(null) }).strict(),
    output: programmeSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  /** A signer sends it back to draft with a comment (the round's signatures are voided). */
  'programmes.return': method({ input: ref.extend({ comment: text(2000) }).strict(), output: programmeSchema, roles: ALL_ROLES, mutates: true }),
  /** An approved programme goes back to draft to be changed (its signatures are voided; it is approved again after). */
  'programmes.reopen': method({ input: ref.extend({ reason: text(2000) }).strict(), output: programmeSchema, roles: MANAGERS, mutates: true }),
};
