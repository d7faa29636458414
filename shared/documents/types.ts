import { z } from 'zod';

/** `external`: 外来文件 — laws, customers' and national standards kept under control (ISO 7.5.3.2). */
export const DOCUMENT_TYPES = ['manual', 'regulation', 'procedure', 'work_instruction', 'form', 'external'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const documentTypeSchema = z.enum(DOCUMENT_TYPES);

/** Codes used by the {type} token of the numbering pattern. */
export const TYPE_CODES: Record<DocumentType, string> = {
  manual: 'M',
  regulation: 'R',
  procedure: 'P',
  work_instruction: 'WI',
  form: 'F',
  external: 'EXT',
};

/**
 * Nobody sets these by hand: effective while a revision is effective, draft before any took effect,
 * obsolete when withdrawn (documents.markObsolete, with a reason). Review is a revision state.
 */
export const DOCUMENT_STATUSES = ['draft', 'effective', 'obsolete'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export const documentStatusSchema = z.enum(DOCUMENT_STATUSES);
