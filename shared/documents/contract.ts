import { z } from 'zod';
import {
  dateSchema,
  idSchema,
  method,
  optionalText,
  pageInput,
  pageOf,
  recordMeta,
  sortDirSchema,
  text,
} from '../api/common';
import { ALL_ROLES, EDITORS, MANAGERS } from '../auth/roles';
import { languageSchema } from '../editor/language';
import { DOCUMENT_STATUSES, documentStatusSchema, documentTypeSchema } from './types';

const tagsSchema = z.array(text(32)).max(20);
export const numberSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u, 'letters, digits and . _ / - only');

export const documentSchema = z.object({
  ...recordMeta,
  number: z.string(),
  title: z.string(),
  type: documentTypeSchema,
  departmentId: idSchema.nullable(),
  departmentName: z.string().nullable(),
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  status: documentStatusSchema,
  versionLabel: z.string(),
  effectiveDate: dateSchema.nullable(),
  nextReviewDate: dateSchema.nullable(),
  tags: z.array(z.string()),
  obsoleteReason: z.string().nullable(),
  reviewIntervalMonths: z.number().int(),
  language: languageSchema,
  /** Besides quality managers, these people may approve its revisions. */
  approverIds: z.array(idSchema),
  /** Set once document control has revisions. Status, version and effective date always follow them. */
  controlled: z.boolean(),
  /** An approved revision waiting for its effective date (待生效); the document keeps its status meanwhile. */
  pending: z.object({ revisionId: idSchema, label: z.string(), effectiveDate: dateSchema }).nullable(),
  /** Never submitted for approval and never in force: its owner or a quality manager may delete it. */
  deletable: z.boolean(),
});
export type QmsDocument = z.infer<typeof documentSchema>;

const editableFields = {
  title: text(200),
  type: documentTypeSchema,
  departmentId: idSchema.nullable(),
  ownerId: idSchema.nullable(),
  nextReviewDate: dateSchema.nullable(),
  tags: tagsSchema,
  reviewIntervalMonths: z.number().int().min(1).max(120),
  language: languageSchema,
  approverIds: z.array(idSchema).max(20),
};


export const DOCUMENT_SORTS = ['number', 'title', 'type', 'status', 'effectiveDate', 'nextReviewDate', 'updatedAt'] as const;

export const documentsMethods = {
  'documents.list': method({
    input: z.object({
      ...pageInput,
      q: optionalText(100).optional(),
      types: z.array(documentTypeSchema).max(10).optional(),
      statuses: z.array(documentStatusSchema).max(10).optional(),
      departmentId: idSchema.optional(),
      ownerId: idSchema.optional(),
      tag: text(32).optional(),
      reviewDueBy: dateSchema.optional(),
      sort: z.enum(DOCUMENT_SORTS).default('number'),
      dir: sortDirSchema.default('asc'),
    }),
    output: pageOf(documentSchema),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'documents.get': method({
    // One object with a refinement rather than a union: a lookup never pays for a failed first branch.
    input: z
      .object({ id: idSchema.optional(), number: text(64).optional() })
      .strict()
      .refine((by) => (by.id === undefined) !== (by.number === undefined), { message: 'give either id or number' }),
    output: documentSchema,
    roles: ALL_ROLES,
    mutates: false,
  }),
  'documents.nextNumber': method({
    input: z.object({ type: documentTypeSchema, departmentId: idSchema.nullable().default(null) }),
    output: z.object({ number: z.string() }),
    roles: EDITORS,
    mutates: false,
  }),
  'documents.create': method({
    input: z
      .object({
        ...editableFields,
        number: numberSchema.optional(),
        departmentId: editableFields.departmentId.default(null),
        /** Left out: whoever creates it owns it. */
        ownerId: editableFields.ownerId.optional(),
        nextReviewDate: editableFields.nextReviewDate.default(null),
        tags: tagsSchema.default([]),
        reviewIntervalMonths: editableFields.reviewIntervalMonths.default(12),
        language: languageSchema.default('zh-CN'),
        approverIds: editableFields.approverIds.default([]),
      })
      // Status, version and effective date are earned through approval, never given: naming them is refused.
      .strict(),
    output: documentSchema,
    roles: EDITORS,
    mutates: true,
  }),
  'documents.update': method({
    input: z
      .object({
        id: idSchema,
        version: z.number().int().min(1),
        number: numberSchema.optional(),
        ...z.object(editableFields).partial().shape,
      })
      .strict(),
    output: documentSchema,
    roles: EDITORS,
    mutates: true,
  }),
  'documents.markObsolete': method({
    input: z.object({ id: idSchema, version: z.number().int().min(1), reason: text(500) }),
    output: documentSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  /** Only a document never submitted for approval, by its owner or a quality manager. */
  'documents.delete': method({
    input: z.object({ id: idSchema, version: z.number().int().min(1) }),
    output: z.object({}).strict(),
    roles: EDITORS,
    mutates: true,
  }),
  'documents.summary': method({
    input: z.object({ today: dateSchema, withinDays: z.number().int().min(0).max(366).default(30) }),
    output: z.object({
      byStatus: z.record(z.enum(DOCUMENT_STATUSES), z.number().int()),
      total: z.number().int(),
      /** Revisions awaiting signatures (审核中), and approved ones waiting for their date (待生效). */
      inReview: z.number().int(),
      pending: z.number().int(),
      /** The first ten due, soonest first, and how many there are in all. */
      reviewDue: z.array(documentSchema),
      reviewDueTotal: z.number().int(),
    }),
    roles: ALL_ROLES,
    mutates: false,
  }),
};
