import { z } from 'zod';

/**
 * Where a trail entry merged from a field kit came from, kept in the entry (audit_log.origin) and covered by
 * its hash: the kit, when and as which field entry it was made, and who merged it into the main database.
 * The entry's own actor is the field auditor who signed in on the laptop.
 */
export const auditOriginSchema = z.object({
  kitId: z.string(),
  fieldAt: z.string(),
  fieldSeq: z.number().int(),
  fieldHash: z.string(),
  mergedBy: z.object({ id: z.string().nullable(), name: z.string() }),
});
export type AuditOrigin = z.infer<typeof auditOriginSchema>;
