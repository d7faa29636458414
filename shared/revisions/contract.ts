import { z } from 'zod';
import { dateSchema, idSchema, method, recordMeta, text, timestampSchema } from '../api/common';
import { ALL_ROLES, EDITORS, roleSchema } from '../auth/roles';
import { languageSchema } from '../editor/language';

export const REVISION_STATUSES = ['draft', 'in_review', 'approved', 'effective', 'superseded', 'obsolete'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];
/** Only these may change; effective and superseded revisions are records. */
export const OPEN_STATUSES: readonly RevisionStatus[] = ['draft', 'in_review', 'approved'];
/** What auditors and executives may read. */
export const PUBLISHED_STATUSES: readonly RevisionStatus[] = ['effective', 'superseded'];

export const signatureSchema = z.object({
  id: idSchema,
  signerId: idSchema,
  signerName: z.string(),
  signerRole: roleSchema,
  meaning: z.enum(['reviewed', 'approved']),
  contentHash: z.string(),
  comment: z.string().nullable(),
  signedAt: timestampSchema,
});
export type Signature = z.infer<typeof signatureSchema>;

export const revisionSummarySchema = z.object({
  ...recordMeta,
  documentId: idSchema,
  revisionNo: z.number().int().min(1),
  label: z.string(),
  status: z.enum(REVISION_STATUSES),
  contentHash: z.string(),
  changeReason: z.string().nullable(),
  rejection: z.string().nullable(),
  effectiveDate: dateSchema.nullable(),
  authorId: idSchema.nullable(),
  authorName: z.string().nullable(),
  signatures: z.array(signatureSchema),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const revisionSchema = revisionSummarySchema.extend({
  /** As stored; check `contentError` before loading it into an editor. */
  content: z.unknown(),
  /** Set when the stored content fails the editor schema: open read-only, never save over it. */
  contentError: z.string().nullable(),
  language: languageSchema,
});
export type Revision = z.infer<typeof revisionSchema>;

const versioned = { id: idSchema, version: z.number().int().min(1) };

export const revisionsMethods = {
  'revisions.list': method({
    input: z.object({ documentId: idSchema }),
    output: z.array(revisionSummarySchema),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'revisions.get': method({ input: z.object({ id: idSchema }), output: revisionSchema, roles: ALL_ROLES, mutates: false }),
  'revisions.startDraft': method({
    input: z.object({
      documentId: idSchema,
      /** Start from a template instead of the current effective revision. */
      templateId: z.string().max(64).optional(),
      label: text(16).optional(),
    }),
    output: revisionSchema,
    roles: EDITORS,
    mutates: true,
  }),
  'revisions.save': method({
    /** content is checked against the editor schema by the service (it is a tree). */
    input: z.object({ ...versioned, content: z.unknown() }),
    output: revisionSummarySchema,
    roles: EDITORS,
    mutates: true,
  }),
  'revisions.submit': method({
    input: z.object({ ...versioned, changeReason: text(1000), effectiveDate: dateSchema.nullable().default(null) }),
    output: revisionSummarySchema,
    roles: EDITORS,
    mutates: true,
  }),
  'revisions.sign': method({
    input: z.object({
      ...versioned,
      password: z.string().min(1).max(128),
      meaning: z.enum(['reviewed', 'approved']),
      comment: z.string().trim().max(1000).optional(),
    }),
    output: revisionSummarySchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  'revisions.reject': method({
    input: z.object({ ...versioned, comment: text(1000) }),
    output: revisionSummarySchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  'revisions.discard': method({ input: z.object(versioned), output: z.object({}).strict(), roles: EDITORS, mutates: true }),
};
