import { z } from 'zod';
import { idSchema, method, optionalText, recordMeta, text } from '../api/common';
import { ALL_ROLES, MANAGERS } from '../auth/roles';
import { CLAUSE_NUMBERS } from '../clauses/iso9001';

/** Scope (ISO 4.3): which clauses apply, why an excluded one does not, and the organisation's own processes. */

export const clauseNumberSchema = z.enum(CLAUSE_NUMBERS as unknown as [string, ...string[]]);

export const scopeClauseSchema = z.object({
  clause: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  applicable: z.boolean(),
  justification: z.string().nullable(),
  /** 0 while the clause has never been changed (applies by default). */
  version: z.number().int().min(0),
});
export type ScopeClause = z.infer<typeof scopeClauseSchema>;

export const processSchema = z.object({
  ...recordMeta,
  code: z.string(),
  name: z.string(),
  ownerUnitId: idSchema.nullable(),
  ownerUnitName: z.string().nullable(),
  order: z.number().int(),
  closed: z.boolean(),
  /** Named by a matrix version: closed instead of deleted. */
  referenced: z.boolean(),
});
export type Process = z.infer<typeof processSchema>;

export const scopeSchema = z.object({ clauses: z.array(scopeClauseSchema), processes: z.array(processSchema) });
export type Scope = z.infer<typeof scopeSchema>;

const codeSchema = text(32).regex(/^[A-Za-z0-9._-]+$/, 'code');

export const scopeMethods = {
  'scope.get': method({ input: z.object({}).strict(), output: scopeSchema, roles: ALL_ROLES, mutates: false }),
  /** Applicable, or excluded with a justification (required). */
  'scope.setClause': method({
    input: z
      .object({
        clause: clauseNumberSchema,
        version: z.number().int().min(0),
        applicable: z.boolean(),
        justification: optionalText(1000).default(''),
      })
      .refine((v) => v.applicable || v.justification.length > 0, { path: ['justification'], message: 'required for an exclusion' }),
    output: scopeSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  'processes.create': method({
    input: z.object({ code: codeSchema, name: text(100), ownerUnitId: idSchema.nullable().default(null), order: z.number().int().min(0).max(100_000).optional() }),
    output: processSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  /** Edits a process; closed: true closes it (it leaves new matrices), false reopens it. */
  'processes.update': method({
    input: z.object({
      id: idSchema,
      version: z.number().int().min(1),
      code: codeSchema.optional(),
      name: text(100).optional(),
      ownerUnitId: idSchema.nullable().optional(),
      order: z.number().int().min(0).max(100_000).optional(),
      closed: z.boolean().optional(),
    }),
    output: processSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  /** Only a process no matrix names; otherwise close it. */
  'processes.delete': method({ input: z.object({ id: idSchema, version: z.number().int().min(1) }), output: z.object({}).strict(), roles: MANAGERS, mutates: true }),
};
