import { z } from 'zod';
import { dateSchema, idSchema, method, timestampSchema } from '../api/common';
import { ALL_ROLES, MANAGERS } from '../auth/roles';

/**
 * 阅知确认: a document names the units and positions it applies to (适用范围); when a revision takes effect each
 * person concerned confirms reading it (or their unit head records a paper sign-off). Rights are checked in the
 * service: quality managers and the document's owner edit the scope; unit heads record paper sign-offs.
 */
export const READ_STATES = ['confirmed', 'pending', 'overdue'] as const;
export const readStateSchema = z.enum(READ_STATES);

export const documentScopeSchema = z.object({
  documentId: idSchema,
  units: z.array(z.object({ id: idSchema, name: z.string(), closed: z.boolean() })),
  positions: z.array(z.object({ id: idSchema, title: z.string(), unitName: z.string() })),
  /** How many active staff the scope reaches today. */
  people: z.number().int().min(0),
  mayEdit: z.boolean(),
  /** The revision in progress (draft, in review or approved), which a quality manager may flag as needing training. */
  openRevision: z.object({ id: idSchema, label: z.string(), status: z.string(), needsTraining: z.boolean() }).nullable(),
});
export type DocumentScope = z.infer<typeof documentScopeSchema>;

export const readRowSchema = z.object({
  personId: idSchema,
  name: z.string(),
  employeeNo: z.string().nullable(),
  unitId: idSchema.nullable(),
  unitName: z.string().nullable(),
  hasLogin: z.boolean(),
  state: readStateSchema,
  dueAt: timestampSchema,
  confirmedAt: timestampSchema.nullable(),
  /** Who confirmed: the person themself, or (onPaper) whoever recorded the paper sign-off. */
  recordedBy: z.string().nullable(),
  onPaper: z.boolean(),
  paperDate: dateSchema.nullable(),
  attachmentId: idSchema.nullable(),
  contentHash: z.string().nullable(),
  /** Whether the caller may record this person's paper sign-off. */
  mayRecord: z.boolean(),
});
export type ReadRow = z.infer<typeof readRowSchema>;

export const readCountsSchema = z.object({ total: z.number().int(), confirmed: z.number().int(), pending: z.number().int(), overdue: z.number().int() });

export const readingStatusSchema = z.object({
  revision: z.object({
    id: idSchema,
    documentId: idSchema,
    number: z.string(),
    title: z.string(),
    label: z.string(),
    status: z.string(),
    effectiveDate: dateSchema.nullable(),
    contentHash: z.string(),
    needsTraining: z.boolean(),
  }),
  counts: readCountsSchema,
  /** All rows for quality managers, auditors and executives; a unit head's unit and one's own row otherwise. */
  rows: z.array(readRowSchema),
  mine: readRowSchema.nullable(),
});
export type ReadingStatus = z.infer<typeof readingStatusSchema>;

export const readingMethods = {
  'reading.scopeGet': method({ input: z.object({ documentId: idSchema }), output: documentScopeSchema, roles: ALL_ROLES, mutates: false }),
  /** Quality managers and the document's owner (负责人). */
  'reading.scopeSet': method({
    input: z.object({ documentId: idSchema, unitIds: z.array(idSchema).max(500), positionIds: z.array(idSchema).max(2000) }).strict(),
    output: documentScopeSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  /** Flags a revision not yet in force as needing training: when it takes effect it creates training requirements, not reading tasks. */
  'reading.setNeedsTraining': method({
    input: z.object({ revisionId: idSchema, needsTraining: z.boolean() }).strict(),
    output: z.object({ revisionId: idSchema, needsTraining: z.boolean() }),
    roles: MANAGERS,
    mutates: true,
  }),
  /** The caller confirms having read the revision in force. */
  'reading.confirm': method({ input: z.object({ revisionId: idSchema }).strict(), output: readRowSchema, roles: ALL_ROLES, mutates: true }),
  /** A unit head (or quality manager) records staff's paper sign-off, optionally with the scan. */
  'reading.recordPaper': method({
    input: z.object({ revisionId: idSchema, personIds: z.array(idSchema).min(1).max(2000), paperDate: dateSchema, attachmentId: idSchema.nullable().default(null) }).strict(),
    output: z.object({ recorded: z.number().int() }),
    roles: ALL_ROLES,
    mutates: true,
  }),
  'reading.status': method({ input: z.object({ revisionId: idSchema }).strict(), output: readingStatusSchema, roles: ALL_ROLES, mutates: false }),
  'reading.exportXlsx': method({
    input: z.object({ revisionId: idSchema }).strict(),
    output: z.object({ fileName: z.string(), base64: z.string(), rows: z.number().int() }),
    roles: ['quality_manager', 'auditor', 'executive'],
    mutates: false,
  }),
  /** The dashboard: revisions in force with readers outstanding, overdue first. */
  'reading.overview': method({
    input: z.object({}).strict(),
    output: z.object({
      totals: readCountsSchema,
      revisions: z.array(readCountsSchema.extend({ revisionId: idSchema, documentId: idSchema, number: z.string(), title: z.string(), label: z.string() })),
    }),
    roles: ['quality_manager', 'auditor', 'executive'],
    mutates: false,
  }),
  'reading.settingsGet': method({ input: z.object({}).strict(), output: z.object({ dueDays: z.number().int() }), roles: ALL_ROLES, mutates: false }),
  'reading.settingsSet': method({
    input: z.object({ dueDays: z.number().int().min(1).max(365) }).strict(),
    output: z.object({ dueDays: z.number().int() }),
    roles: MANAGERS,
    mutates: true,
  }),
};
