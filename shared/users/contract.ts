import { z } from 'zod';
import { idSchema, method, pageInput, pageOf, recordMeta, sortDirSchema, text } from '../api/common';
import { ALL_ROLES, MANAGERS, roleSchema } from '../auth/roles';

export const userSchema = z.object({
  ...recordMeta,
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  departmentId: idSchema.nullable(),
  active: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[\p{L}\p{N}_.-]+$/u, 'letters, digits, _ . - only');
export const passwordSchema = z.string().min(8).max(128);

export const personSchema = userSchema.pick({ id: true, username: true, displayName: true, role: true, departmentId: true, active: true });
export type Person = z.infer<typeof personSchema>;

export const usersMethods = {
  /** Everyone may see who is who, to choose document owners and read the audit trail. */
  'users.directory': method({
    input: z.object({}).strict(),
    output: z.array(personSchema),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'users.list': method({
    input: z.object({
      ...pageInput,
      q: z.string().trim().max(64).optional(),
      role: roleSchema.optional(),
      active: z.boolean().optional(),
      sort: z.enum(['username', 'displayName', 'role', 'createdAt']).default('username'),
      dir: sortDirSchema.default('asc'),
    }),
    output: pageOf(userSchema),
    roles: MANAGERS,
    mutates: false,
  }),
  'users.create': method({
    input: z.object({
      username: usernameSchema,
      displayName: text(64),
      role: roleSchema,
      password: passwordSchema,
      departmentId: idSchema.nullable().default(null),
    }),
    output: userSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  'users.update': method({
    input: z.object({
      id: idSchema,
      version: z.number().int().min(1),
      displayName: text(64).optional(),
      role: roleSchema.optional(),
      departmentId: idSchema.nullable().optional(),
      active: z.boolean().optional(),
    }),
    output: userSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  'users.resetPassword': method({
    input: z.object({ id: idSchema, newPassword: passwordSchema }),
    output: z.object({}).strict(),
    roles: MANAGERS,
    mutates: true,
  }),
};
