import { z } from 'zod';
import { kitHeaderSchema } from './header';

export const KIT_CHECKS = ['decryption', 'payload', 'belongs', 'seal', 'base', 'trail', 'sequence'] as const;

/**
 * What verifying a returned kit against the main database found. `ready`: everything holds, the kit may be
 * merged; `alreadyMerged`: this very kit was merged before (a no-op); `refused`: `reason` (a message key,
 * with `message` in both languages) says why. Checks are listed in order, up to the first that failed.
 */
export const kitVerifyReportSchema = z.object({
  status: z.enum(['ready', 'alreadyMerged', 'refused']),
  reason: z.string().nullable(),
  message: z.object({ 'zh-CN': z.string(), en: z.string() }).nullable(),
  header: kitHeaderSchema.nullable(),
  checks: z.array(z.object({ check: z.enum(KIT_CHECKS), ok: z.boolean() })),
  /** Entries of the field trail (made on the laptop). */
  fieldEntries: z.number().int(),
});
export type KitVerifyReport = z.infer<typeof kitVerifyReportSchema>;
export type KitCheck = (typeof KIT_CHECKS)[number];
