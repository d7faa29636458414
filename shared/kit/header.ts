import { z } from 'zod';

/** The container format version this app writes and reads. */
export const KIT_FORMAT_VERSION = 1;
export const KIT_EXTENSION = '.qmskit';

/** One scope of a kit (today a document, later an audit) with its export sequence number in the main database. */
export const kitScopeSchema = z.object({
  /** e.g. "document:<id>" or "audit:<id>" */
  scope: z.string().min(1),
  /** What people call it: a document number, an audit code. */
  label: z.string(),
  sequence: z.number().int().min(1),
});
export type KitScope = z.infer<typeof kitScopeSchema>;

export const kitRecordCountSchema = z.object({ table: z.string(), count: z.number().int() });

/**
 * The clear-text header of a .qmskit file, authenticated (as associated data) with the payload. Holds no
 * secret: ids, sequences, dates, names of what is inside, and the key-derivation and cipher parameters.
 */
export const kitHeaderSchema = z.object({
  formatVersion: z.number().int(),
  /** 'export': made by the main database; 'return': packed again in the field for the merge. */
  stage: z.enum(['export', 'return']),
  kitId: z.string(),
  mainDatabaseId: z.string(),
  scopes: z.array(kitScopeSchema),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  packedAt: z.string(),
  /** The usernames of the accounts that may sign in on the laptop. */
  forUsers: z.array(z.string()),
  /** Included records by table (the audits by code once they exist). */
  records: z.array(kitRecordCountSchema),
  /** Entries in the field trail when packed. */
  fieldEntries: z.number().int(),
  payload: z.object({ kind: z.literal('sqlite'), length: z.number().int().min(0) }),
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: z.string() }),
  cipher: z.object({ name: z.literal('aes-256-gcm'), nonce: z.string() }),
});
export type KitHeader = z.infer<typeof kitHeaderSchema>;
