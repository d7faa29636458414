import { z } from 'zod';
import { emptySchema, method, text, timestampSchema } from '../api/common';
import { ALL_ROLES } from './roles';
import { passwordSchema, userSchema, usernameSchema } from '../users/contract';


export const sessionSchema = z.object({
  token: z.string().min(32),
  expiresAt: timestampSchema,
  user: userSchema,
  /** The password has expired: the app shows only the change-password form until it is changed. */
  mustChangePassword: z.boolean().optional(),
  /** At sign-in: the previous successful sign-in (null the first time) and wrong passwords since. */
  previousSignIn: z.object({ at: timestampSchema.nullable(), failedAttempts: z.number().int().min(0) }).optional(),
});
export type Session = z.infer<typeof sessionSchema>;

export const authMethods = {
  'auth.setup': method({
    input: z.object({
      username: usernameSchema,
      displayName: text(64),
      password: passwordSchema,
      organisation: text(100).optional(),
    }),
    output: sessionSchema,
    roles: 'public',
    mutates: true,
  }),
  'auth.signIn': method({
    input: z.object({ username: usernameSchema, password: z.string().min(1).max(128), remember: z.boolean().default(false) }),
    output: sessionSchema,
    roles: 'public',
    mutates: true,
  }),
  'auth.signOut': method({ input: emptySchema, output: emptySchema, roles: ALL_ROLES, mutates: true }),
  'auth.me': method({ input: emptySchema, output: userSchema, roles: ALL_ROLES, mutates: false }),
  'auth.changePassword': method({
    input: z.object({ currentPassword: z.string().min(1).max(128), newPassword: passwordSchema }),
    output: emptySchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
};
