import { z } from 'zod';
import { idSchema, timestampSchema } from '../api/common';
import { roleSchema } from '../auth/roles';

/**
 * What a signature means. The list grows with the modules that sign (verified, chaired …); a stored
 * signature keeps its meaning as written, so old ones stay readable when the list grows.
 */
export const SIGNATURE_MEANINGS = ['authored', 'reviewed', 'countersigned', 'approved', 'registered', 'verified', 'chaired'] as const;
export type SignatureMeaning = (typeof SIGNATURE_MEANINGS)[number];
export const signatureMeaningSchema = z.enum(SIGNATURE_MEANINGS);

/** The record types that carry signatures; later modules add theirs. */
export const SIGNED_ENTITIES = ['revision', 'audit_programme'] as const;
export type SignedEntity = (typeof SIGNED_ENTITIES)[number];

export const signatureSchema = z.object({
  id: idSchema,
  signerId: idSchema,
  signerName: z.string(),
  signerRole: roleSchema,
  meaning: signatureMeaningSchema,
  /** The submission round (a resubmission starts a new one) and the route step signed (0 = 编制). */
  round: z.number().int().min(0),
  step: z.number().int().min(0).nullable(),
  /** SHA-256 of what was signed (内容指纹). */
  contentHash: z.string(),
  comment: z.string().nullable(),
  signedAt: timestampSchema,
  /** Set when the signature no longer counts (the revision was returned, withdrawn or discarded); it is kept. */
  voidedAt: timestampSchema.nullable(),
  voidReason: z.enum(['returned', 'withdrawn', 'discarded']).nullable(),
});
export type Signature = z.infer<typeof signatureSchema>;
