import { z } from 'zod';

export const DOCUMENT_TYPES = ['manual', 'regulation', 'procedure', 'work_instruction', 'form'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const documentTypeSchema = z.enum(DOCUMENT_TYPES);

/** Codes used by the {type} token of the numbering pattern. */
export const TYPE_CODES: Record<DocumentType, string> = {
  manual: 'M',
  regulation: 'R',
  procedure: 'P',
  work_instruction: 'WI',
  form: 'F',
};

export const DOCUMENT_STATUSES = ['draft', 'in_review', 'effective', 'obsolete'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export const documentStatusSchema = z.enum(DOCUMENT_STATUSES);
/** Obsolete is reached only through documents.markObsolete, which records a reason. */
export const EDITABLE_STATUSES = ['draft', 'in_review', 'effective'] as const;
