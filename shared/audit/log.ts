import { z } from 'zod';
import { idSchema, method, pageInput, pageOf, timestampSchema } from '../api/common';
import type { Role } from '../auth/roles';
import { auditEntitySchema, auditEntrySchema } from './contract';

/** Who reads the whole system log (操作日志): quality managers and internal auditors. */
export const LOG_READERS: readonly Role[] = ['quality_manager', 'auditor'];
/** The most rows one .xlsx export holds (a filter narrows a larger log). */
export const MAX_LOG_EXPORT = 100_000;

export const logFilterSchema = z.object({
  /** A person's id, or 'system' for entries without one (the CLI, scheduled activation). */
  actorId: z.union([idSchema, z.literal('system')]).optional(),
  entity: auditEntitySchema.optional(),
  action: z.string().trim().min(1).max(64).optional(),
  /** From this time (inclusive) to that one (exclusive); the renderer sends the local day's bounds. */
  from: timestampSchema.optional(),
  to: timestampSchema.optional(),
});
export type LogFilter = z.infer<typeof logFilterSchema>;

export const auditLogMethods = {
  'audit.list': method({
    input: logFilterSchema.extend({ ...pageInput, pageSize: z.number().int().min(1).max(200).default(50) }),
    output: pageOf(auditEntrySchema),
    roles: LOG_READERS,
    mutates: false,
  }),
  /** The people and actions that occur in the log, for the filters. */
  'audit.facets': method({
    input: z.object({}).strict(),
    output: z.object({
      actors: z.array(z.object({ id: idSchema.nullable(), name: z.string().nullable() })),
      actions: z.array(z.string()),
    }),
    roles: LOG_READERS,
    mutates: false,
  }),
  'audit.export': method({
    input: logFilterSchema,
    output: z.object({ fileName: z.string(), base64: z.string(), rows: z.number().int().min(0) }),
    roles: LOG_READERS,
    mutates: false,
  }),
};
