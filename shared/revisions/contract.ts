import { z } from 'zod';
import { dateSchema, idSchema, method, recordMeta, text } from '../api/common';
import { ALL_ROLES, EDITORS, MANAGERS } from '../auth/roles';
import { routeStepSchema, STEP_MEANINGS } from '../routes/contract';
import { signatureSchema } from '../signatures/contract';
import { languageSchema } from '../editor/language';

export const REVISION_STATUSES = ['draft', 'in_review', 'approved', 'effective', 'superseded', 'obsolete'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];
/** Only these may change; effective and superseded revisions are records. */
export const OPEN_STATUSES: readonly RevisionStatus[] = ['draft', 'in_review', 'approved'];
/** What auditors and executives may read. */
export const PUBLISHED_STATUSES: readonly RevisionStatus[] = ['effective', 'superseded'];

export { signatureSchema, type Signature } from '../signatures/contract';

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
  /** Every signature, void ones too (shown struck through), oldest first. */
  signatures: z.array(signatureSchema),
  /** 'registered': an existing version in force recorded by a quality manager, not approved here. */
  origin: z.enum(['content', 'registered']),
  /** The steps after 编制 this revision follows (copied at submission); null before the first submission. */
  route: z.array(routeStepSchema).nullable(),
  /** Submission round: 0 before the first submission, +1 at each. */
  round: z.number().int().min(0),
  /** While in review: the route step to sign now (1-based; 0 is 编制), and who of a 会签 step has yet to sign. */
  currentStep: z.number().int().min(1).nullable(),
  missingSigners: z.array(idSchema),
  /** Display names of the people the route names. */
  userNames: z.record(z.string(), z.string()),
  /** A body that is an attached file (PDF, .docx, .xlsx, image) instead of editor content. */
  file: z
    .object({
      attachmentId: idSchema,
      name: z.string(),
      mediaType: z.string(),
      size: z.number().int(),
      sha256: z.string(),
      /** False for a scan or a picture: its text cannot be searched. */
      hasText: z.boolean(),
    })
    .nullable(),
  /** What the signed-in person may do with it now. */
  may: z.object({ sign: z.boolean(), return: z.boolean(), withdraw: z.boolean() }),
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
    /** The author signs 编制 with their password; the revision then follows its document's route. */
    input: z.object({
      ...versioned,
      changeReason: text(1000),
      effectiveDate: dateSchema.nullable().default(null),
      password: z.string().min(1).max(128),
    }),
    output: revisionSummarySchema,
    roles: EDITORS,
    mutates: true,
  }),
  'revisions.sign': method({
    input: z.object({
      ...versioned,
      password: z.string().min(1).max(128),
      comment: z.string().trim().max(1000).optional(),
      /** What the signer saw: refused when the step, its meaning, the signer or the content is not what it is now. */
      step: z.number().int().min(1).optional(),
      meaning: z.enum(STEP_MEANINGS).optional(),
      signerId: idSchema.optional(),
      contentHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
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
  /** Makes an uploaded file the body of a draft (null: back to editor content). */
  'revisions.attachFile': method({
    input: z.object({ ...versioned, attachmentId: idSchema.nullable() }),
    output: revisionSummarySchema,
    roles: EDITORS,
    mutates: true,
  }),
  /** The author takes back a submission nobody has signed yet (撤回). */
  'revisions.withdraw': method({ input: z.object(versioned), output: revisionSummarySchema, roles: EDITORS, mutates: true }),
  /**
   * 登记现行版本: records the version already in force on paper as an effective revision, signed by the
   * quality manager with the meaning "registered" (not an approval).
   */
  'revisions.register': method({
    input: z.object({
      documentId: idSchema,
      label: text(16),
      effectiveDate: dateSchema,
      password: z.string().min(1).max(128),
      comment: z.string().trim().max(1000).optional(),
      /** The current file, when there is one (uploaded with attachments.upload). */
      attachmentId: idSchema.optional(),
    }),
    output: revisionSummarySchema,
    roles: MANAGERS,
    mutates: true,
  }),
  'revisions.discard': method({ input: z.object(versioned), output: z.object({}).strict(), roles: EDITORS, mutates: true }),
};
