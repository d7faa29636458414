import { z } from 'zod';
import { method, optionalText } from '../api/common';
import { ALL_ROLES, MANAGERS } from '../auth/roles';
import { ATTACHMENT_MAX_LIMIT } from '../attachments/types';
import { isValidPattern } from '../documents/numbering';

export const settingsSchema = z.object({
  organisationName: z.string(),
  documentNumberPattern: z.string(),
  /** Whether an author may approve their own revision (off by default, as ISO 9001 practice expects). */
  allowSelfApproval: z.boolean(),
  /** The largest file the attachment store takes, in bytes. */
  attachmentMaxBytes: z.number().int(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsMethods = {
  'settings.get': method({ input: z.object({}).strict(), output: settingsSchema, roles: ALL_ROLES, mutates: false }),
  'settings.update': method({
    input: z.object({
      organisationName: optionalText(100).optional(),
      documentNumberPattern: z
        .string()
        .trim()
        .refine(isValidPattern, 'one {seq}, and only {type} {year} {dept} {seq} {seq:N} tokens, at most 64 characters')
        .optional(),
      allowSelfApproval: z.boolean().optional(),
      attachmentMaxBytes: z.number().int().min(1024 * 1024).max(ATTACHMENT_MAX_LIMIT).optional(),
    }),
    output: settingsSchema,
    roles: MANAGERS,
    mutates: true,
  }),
};
