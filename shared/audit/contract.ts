import { z } from 'zod';
import { idSchema, method, pageInput, pageOf, timestampSchema } from '../api/common';
import { ALL_ROLES } from '../auth/roles';
import { auditOriginSchema } from '../kit/origin';

export const AUDIT_ENTITIES = ['user', 'department', 'document', 'settings', 'revision', 'attachment', 'approvalRoute', 'person', 'position', 'kit', 'audit', 'audit_programme', 'clause_scope', 'process', 'matrix_version', 'capa', 'action', 'risk', 'contextItem', 'checklistLine', 'finding', 'reading', 'training', 'training_topic', 'training_session'] as const;
export const auditEntitySchema = z.enum(AUDIT_ENTITIES);
export type AuditEntity = z.infer<typeof auditEntitySchema>;

export const auditEntrySchema = z.object({
  id: idSchema,
  seq: z.number().int().min(1),
  at: timestampSchema,
  actorId: idSchema.nullable(),
  actorName: z.string().nullable(),
  entity: auditEntitySchema,
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** On an entry merged from a field kit: the kit, when it was made in the field, who merged it. */
  origin: auditOriginSchema.nullable().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const chainReportSchema = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  problems: z.array(z.object({ seq: z.number().int(), problem: z.enum(['hash', 'link', 'gap', 'head']) })),
});
export type ChainReport = z.infer<typeof chainReportSchema>;

export const auditMethods = {
  'audit.history': method({
    input: z.object({ entity: auditEntitySchema, entityId: z.string().min(1).max(64), ...pageInput }),
    output: pageOf(auditEntrySchema),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'audit.verify': method({
    input: z.object({}).strict(),
    output: chainReportSchema,
    roles: ['quality_manager', 'auditor'],
    mutates: false,
  }),
};
