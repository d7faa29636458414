import { z } from 'zod';
import { idSchema, method, text, timestampSchema } from '../api/common';
import { ALL_ROLES } from '../auth/roles';

export const attachmentSchema = z.object({
  id: idSchema,
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  hasThumbnail: z.boolean(),
  createdAt: timestampSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** Standard base64 (what FileReader and Buffer produce), at most the request limit. */
const base64Schema = z
  .string()
  .max(33_554_432)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

export const attachmentsMethods = {
  /** Stores a file once: the same content uploaded again answers the existing attachment. */
  'attachments.upload': method({
    input: z.object({ name: text(255), dataBase64: base64Schema.min(1) }),
    output: attachmentSchema.extend({ existed: z.boolean() }),
    roles: ['quality_manager', 'author', 'auditor'],
    mutates: true,
  }),
  'attachments.get': method({
    input: z.object({ id: idSchema }),
    output: attachmentSchema.extend({ dataBase64: z.string() }),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'attachments.thumbnail': method({
    input: z.object({ id: idSchema }),
    output: z.object({ mediaType: z.literal('image/png'), dataBase64: z.string() }),
    roles: ALL_ROLES,
    mutates: false,
  }),
};
