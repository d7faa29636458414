import { z } from 'zod';
import { emptySchema, idSchema, method, timestampSchema } from '../api/common';
import { MANAGERS } from '../auth/roles';

/** The account-security settings (等保 2.0): lockout, password rules, sessions. */
export const securityPolicySchema = z.object({
  /** Wrong passwords in a row that lock an account. */
  lockoutAttempts: z.number().int().min(3).max(20),
  lockoutMinutes: z.number().int().min(1).max(1440),
  passwordMinLength: z.number().int().min(8).max(64),
  /** How many of: lower-case letters, upper-case letters, digits, other characters. */
  passwordClasses: z.number().int().min(1).max(4),
  /** 0: passwords never expire; otherwise a password older than this must be changed at sign-in. */
  passwordMaxAgeDays: z.number().int().min(0).max(3650),
  /** Sessions without "remember me" end after this long without use. */
  idleTimeoutMinutes: z.number().int().min(5).max(720),
  allowRemember: z.boolean(),
});
export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

export const DEFAULT_POLICY: SecurityPolicy = {
  lockoutAttempts: 5,
  lockoutMinutes: 15,
  passwordMinLength: 8,
  passwordClasses: 2,
  passwordMaxAgeDays: 0,
  idleTimeoutMinutes: 30,
  allowRemember: true,
};

export const PASSWORD_CLASSES = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u] as const;

/** What a password lacks under the policy (empty when it passes): the renderer shows it, the services refuse it. */
export function passwordProblems(password: string, policy: Pick<SecurityPolicy, 'passwordMinLength' | 'passwordClasses'>) {
  const problems: ('length' | 'classes')[] = [];
  if ([...password].length < policy.passwordMinLength) problems.push('length');
  if (PASSWORD_CLASSES.filter((re) => re.test(password)).length < policy.passwordClasses) problems.push('classes');
  return problems;
}

export const accountLockSchema = z.object({
  userId: idSchema,
  username: z.string(),
  displayName: z.string(),
  failedAttempts: z.number().int().min(0),
  lockedUntil: timestampSchema.nullable(),
});

export const securityMethods = {
  /** Public: the set-up, sign-in and change-password screens show the rules before anyone is signed in. */
  'security.policy': method({ input: emptySchema, output: securityPolicySchema, roles: 'public', mutates: false }),
  'security.updatePolicy': method({ input: securityPolicySchema.partial().strict(), output: securityPolicySchema, roles: MANAGERS, mutates: true }),
  /** Accounts that are locked now or have wrong passwords counted against them. */
  'security.locks': method({ input: emptySchema, output: z.array(accountLockSchema), roles: MANAGERS, mutates: false }),
  'security.unlock': method({ input: z.object({ userId: idSchema }).strict(), output: emptySchema, roles: MANAGERS, mutates: true }),
};
