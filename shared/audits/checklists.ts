import { z } from 'zod';
import { idSchema, method, recordMeta } from '../api/common';
import { attachmentSchema } from '../attachments/contract';
import { ALL_ROLES, type Role } from '../auth/roles';

/** Who may work on checklists at all; the service then requires the audit's team (lead, auditors) or a quality manager. */
export const AUDIT_WORKERS: readonly Role[] = ['quality_manager', 'auditor'];
import { clauseSchema } from './schemas';

/** 内审检查表: lines with a requirement (ISO clause or cited regulation article), what to check, method, record, result. */
export const CHECK_METHODS = ['review', 'observe', 'interview', 'sample'] as const; // 查阅 / 观察 / 询问 / 抽样
export const CHECK_RESULTS = ['conform', 'nonconform', 'observation', 'improvement', 'na'] as const; // 符合 / 不符合 / 观察项 / 改进机会 / 不适用
export const checkMethodSchema = z.enum(CHECK_METHODS);
export const checkResultSchema = z.enum(CHECK_RESULTS);
export type CheckResult = (typeof CHECK_RESULTS)[number];


/** What a citation points to: the revision and the article's persistent id. */
export const articleRefSchema = z.object({ revisionId: idSchema, nodeId: z.string().min(1).max(64) });
/** A citation as stored: what it pointed to and the text and label as cited. */
export const citedArticleSchema = articleRefSchema.extend({
  documentNumber: z.string(),
  documentTitle: z.string(),
  revisionLabel: z.string(),
  label: z.string(),
  text: z.string(),
});
export type CitedArticleRef = z.infer<typeof citedArticleSchema>;

export const checklistLineSchema = z.object({
  ...recordMeta,
  auditId: idSchema,
  unitId: idSchema.nullable(),
  unitName: z.string().nullable(),
  position: z.number().int(),
  clause: z.string().nullable(),
  article: citedArticleSchema.nullable(),
  question: z.string(),
  method: checkMethodSchema.nullable(),
  record: z.string(),
  result: checkResultSchema.nullable(),
  updatedByName: z.string().nullable(),
  attachments: z.array(attachmentSchema),
  /** Findings raised from this line (numbers). */
  findings: z.array(z.object({ id: idSchema, number: z.string() })),
});
export type ChecklistLine = z.infer<typeof checklistLineSchema>;

const templateLineSchema = z.object({ clause: z.string().nullable(), question: z.string().max(2000), method: checkMethodSchema.nullable() });
export const checklistTemplateSchema = z.object({ id: idSchema, name: z.string(), description: z.string(), lines: z.array(templateLineSchema) });

export const regulationArticleSchema = z.object({ nodeId: z.string(), label: z.string(), chapter: z.string().nullable(), text: z.string() });

const sourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('template'), templateId: idSchema }),
  /** One line for each clause of the audit's criteria. */
  z.object({ kind: z.literal('clauses') }),
  /** One line for each article (all, or the ones named) of an effective revision. */
  z.object({ kind: z.literal('articles'), revisionId: idSchema, nodeIds: z.array(z.string().min(1).max(64)).max(500).optional() }),
  /** The lines (requirement, question, method) of the last earlier audit of the same unit. */
  z.object({ kind: z.literal('previous') }),
  z.object({ kind: z.literal('blank'), clause: clauseSchema.optional(), article: articleRefSchema.optional() }),
]);

const linePatchSchema = z
  .object({
    unitId: idSchema.nullable(),
    clause: clauseSchema.nullable(),
    /** null clears the citation; a new one is copied from the effective revision. */
    article: articleRefSchema.nullable(),
    question: z.string().max(4000),
    method: checkMethodSchema.nullable(),
    record: z.string().max(20_000),
    result: checkResultSchema.nullable(),
  })
  .partial();

const checklistSchema = z.object({
  audit: z.object({ id: idSchema, code: z.string(), title: z.string(), status: z.string(), units: z.array(z.object({ id: idSchema, name: z.string() })) }),
  lines: z.array(checklistLineSchema),
  may: z.object({ edit: z.boolean(), raiseFinding: z.boolean() }),
});
export type Checklist = z.infer<typeof checklistSchema>;

export const checklistsMethods = {
  'checklists.get': method({ input: z.object({ auditId: idSchema }), output: checklistSchema, roles: ['quality_manager', 'auditor', 'executive'], mutates: false }),
  /** Effective editor-bodied revisions whose articles can be cited. */
  'checklists.regulations': method({
    input: z.object({}).strict(),
    output: z.array(z.object({ revisionId: idSchema, revisionLabel: z.string(), documentId: idSchema, number: z.string(), title: z.string(), type: z.string() })),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'checklists.articles': method({
    input: z.object({ revisionId: idSchema }),
    output: z.object({ documentNumber: z.string(), documentTitle: z.string(), revisionLabel: z.string(), articles: z.array(regulationArticleSchema) }),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'checklists.templates': method({ input: z.object({}).strict(), output: z.array(checklistTemplateSchema), roles: ALL_ROLES, mutates: false }),
  'checklists.addLines': method({
    input: z.object({ auditId: idSchema, unitId: idSchema.nullable().default(null), source: sourceSchema }),
    output: z.array(checklistLineSchema),
    roles: AUDIT_WORKERS,
    mutates: true,
  }),
  /** Optimistic: names the version read; a line changed meanwhile answers CONFLICT checklists.stale with the current line. */
  'checklists.updateLine': method({
    input: z.object({ id: idSchema, version: z.number().int().min(1), patch: linePatchSchema }),
    output: checklistLineSchema,
    roles: AUDIT_WORKERS,
    mutates: true,
  }),
  'checklists.removeLine': method({
    input: z.object({ id: idSchema, version: z.number().int().min(1) }),
    output: z.object({}).strict(),
    roles: AUDIT_WORKERS,
    mutates: true,
  }),
  'checklists.attach': method({ input: z.object({ lineId: idSchema, attachmentId: idSchema }), output: checklistLineSchema, roles: AUDIT_WORKERS, mutates: true }),
  'checklists.detach': method({ input: z.object({ lineId: idSchema, attachmentId: idSchema }), output: checklistLineSchema, roles: AUDIT_WORKERS, mutates: true }),
};
