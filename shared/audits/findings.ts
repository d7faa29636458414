import { z } from 'zod';
import { idSchema, method, pageInput, pageOf, recordMeta } from '../api/common';
import { attachmentSchema } from '../attachments/contract';
import { ALL_ROLES } from '../auth/roles';
import { articleRefSchema, AUDIT_WORKERS, citedArticleSchema } from './checklists';
import { clauseSchema } from './schemas';

/** 不符合项报告: graded findings with evidence, acknowledged by the audited unit. */
export const FINDING_GRADES = ['major', 'minor', 'observation', 'improvement'] as const; // 严重不符合 / 一般不符合 / 观察项 / 改进机会
export const FINDING_STATUSES = ['open', 'acknowledged', 'withdrawn'] as const;
export const findingGradeSchema = z.enum(FINDING_GRADES);
export const findingStatusSchema = z.enum(FINDING_STATUSES);
export type FindingGradeValue = (typeof FINDING_GRADES)[number];

/** Major and minor nonconformities need a corrective action (the CAPA module attaches it). */
export const actionNeeded = (grade: FindingGradeValue) => grade === 'major' || grade === 'minor';

export const findingSchema = z.object({
  ...recordMeta,
  /** NC-2026-007; a finding made in a field kit shows its provisional number until merged. */
  number: z.string(),
  provisional: z.boolean(),
  auditId: idSchema,
  auditCode: z.string(),
  auditTitle: z.string(),
  auditStatus: z.string(),
  lineId: idSchema.nullable(),
  unitId: idSchema,
  unitName: z.string(),
  grade: findingGradeSchema,
  facts: z.string(),
  clauses: z.array(z.string()),
  article: citedArticleSchema.nullable(),
  auditorName: z.string(),
  status: findingStatusSchema,
  withdrawReason: z.string().nullable(),
  actionNeeded: z.boolean(),
  capaId: idSchema.nullable(),
  noCapaReason: z.string().nullable(),
  acknowledgment: z.object({ name: z.string(), capacity: z.enum(['head', 'auditee']), comment: z.string().nullable(), at: z.string() }).nullable(),
  attachments: z.array(attachmentSchema),
  may: z.object({ edit: z.boolean(), acknowledge: z.boolean(), withdraw: z.boolean() }),
});
export type Finding = z.infer<typeof findingSchema>;

const findingFields = {
  unitId: idSchema,
  facts: z.string().max(20_000),
  grade: findingGradeSchema,
  clauses: z.array(clauseSchema).max(20).default([]),
  article: articleRefSchema.nullable().default(null),
  attachmentIds: z.array(idSchema).max(50).default([]),
};

export const findingsMethods = {
  /** From a checklist line (lineId; its requirement and record prefill what is not given) or standalone. */
  'findings.create': method({
    input: z.object({ auditId: idSchema, lineId: idSchema.nullable().default(null), ...findingFields }),
    output: findingSchema,
    roles: AUDIT_WORKERS,
    mutates: true,
  }),
  'findings.update': method({
    input: z.object({ id: idSchema, version: z.number().int().min(1), ...findingFields }),
    output: findingSchema,
    roles: AUDIT_WORKERS,
    mutates: true,
  }),
  'findings.get': method({ input: z.object({ id: idSchema }), output: findingSchema, roles: ALL_ROLES, mutates: false }),
  /** Across audits or for one; what the caller may see (quality managers and executives all, others their audits and units). */
  'findings.list': method({
    input: z.object({
      auditId: idSchema.optional(),
      unitId: idSchema.optional(),
      grade: findingGradeSchema.optional(),
      status: findingStatusSchema.optional(),
      ...pageInput,
    }),
    output: pageOf(findingSchema),
    roles: ALL_ROLES,
    mutates: false,
  }),
  /** The audited unit's head or a person named as auditee confirms the finding, with an optional comment. */
  'findings.acknowledge': method({
    input: z.object({ id: idSchema, version: z.number().int().min(1), comment: z.string().trim().max(2000).optional() }),
    output: findingSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  'findings.withdraw': method({
    input: z.object({ id: idSchema, version: z.number().int().min(1), reason: z.string().trim().min(1).max(2000) }),
    output: findingSchema,
    roles: AUDIT_WORKERS,
    mutates: true,
  }),
};
