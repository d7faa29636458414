import { z } from 'zod';
import { idSchema, method } from '../api/common';
import { ALL_ROLES } from '../auth/roles';
import { documentStatusSchema, documentTypeSchema } from '../documents/types';

/** Highlighted parts of a snippet are wrapped in these private-use characters, never in HTML. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export const searchHitSchema = z.object({
  documentId: idSchema,
  /** The revision whose text matched (effective, else newest); null when only the number or title did. */
  revisionId: idSchema.nullable(),
  number: z.string(),
  title: z.string(),
  /** The title with the matched words between the highlight markers. */
  titleMarked: z.string(),
  type: documentTypeSchema,
  status: documentStatusSchema,
  snippet: z.string(),
  /** The words searched for, as the server split and cleaned them (to find them again in the revision). */
  terms: z.array(z.string()),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchMethods = {
  'search.documents': method({
    input: z.object({ q: z.string().trim().min(1).max(100), limit: z.number().int().min(1).max(100).default(20) }),
    output: z.object({ hits: z.array(searchHitSchema), total: z.number().int() }),
    roles: ALL_ROLES,
    mutates: false,
  }),
};
