import { z } from 'zod';
import { idSchema, method, optionalText, pageInput, pageOf, recordMeta, sortDirSchema, text } from '../api/common';
import { ALL_ROLES, MANAGERS } from '../auth/roles';

export const departmentSchema = z.object({
  ...recordMeta,
  name: z.string(),
  /** Short code used by the {dept} token of document numbers. */
  code: z.string().nullable(),
});
export type Department = z.infer<typeof departmentSchema>;

const codeSchema = z
  .string()
  .trim()
  .max(16)
  .regex(/^[A-Za-z0-9-]*$/, 'letters, digits and - only')
  .transform((c) => (c ? c.toUpperCase() : null));

export const departmentsMethods = {
  'departments.list': method({
    input: z.object({
      ...pageInput,
      pageSize: z.number().int().min(1).max(500).default(100),
      q: optionalText(64).optional(),
      sort: z.enum(['name', 'code', 'createdAt']).default('name'),
      dir: sortDirSchema.default('asc'),
    }),
    output: pageOf(departmentSchema),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'departments.create': method({
    input: z.object({ name: text(64), code: codeSchema.default('') }),
    output: departmentSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  'departments.update': method({
    input: z.object({ id: idSchema, version: z.number().int().min(1), name: text(64).optional(), code: codeSchema.optional() }),
    output: departmentSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  'departments.delete': method({
    input: z.object({ id: idSchema, version: z.number().int().min(1) }),
    output: z.object({}).strict(),
    roles: MANAGERS,
    mutates: true,
  }),
};
