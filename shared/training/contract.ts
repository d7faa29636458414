import { z } from 'zod';
import { dateSchema, idSchema, method, optionalText, text } from '../api/common';
import { ALL_ROLES, MANAGERS } from '../auth/roles';

/**
 * Training and competence (ISO 7.2): topics (free text or a controlled document, with an optional validity),
 * sessions entered once for many attendees, and the gap between what people's positions require and what
 * their records show. Quality managers administer; unit heads record training for their unit; everyone reads
 * their own records (rights checked in the service).
 */
export const TRAINING_METHODS = ['classroom', 'on_the_job', 'self_study', 'online', 'external'] as const;
export const TRAINING_RESULTS = ['passed', 'failed', 'attended'] as const;
export const GAP_STATUSES = ['never', 'superseded', 'expired', 'ok'] as const;
export const gapStatusSchema = z.enum(GAP_STATUSES);

export const topicSchema = z.object({
  id: idSchema,
  title: z.string(),
  documentId: idSchema.nullable(),
  documentNumber: z.string().nullable(),
  validityMonths: z.number().int().nullable(),
  positions: z.number().int(),
  version: z.number().int(),
});
export type TrainingTopic = z.infer<typeof topicSchema>;

/** A validity period in whole months: 1 to 120, or none. */
const validitySchema = z.number().int().min(1).max(120).nullable();

export const sessionSchema = z.object({
  id: idSchema,
  topicId: idSchema,
  topicTitle: z.string(),
  revisionId: idSchema.nullable(),
  revisionLabel: z.string().nullable(),
  heldOn: dateSchema,
  trainer: z.string(),
  hours: z.number(),
  method: z.enum(TRAINING_METHODS),
  notes: z.string(),
  attachmentId: idSchema.nullable(),
  attendees: z.array(z.object({ personId: idSchema, name: z.string(), unitName: z.string().nullable(), result: z.enum(TRAINING_RESULTS) })),
  createdBy: z.string().nullable(),
});
export type TrainingSession = z.infer<typeof sessionSchema>;

export const gapCellSchema = z.object({
  personId: idSchema,
  topicId: idSchema,
  status: gapStatusSchema,
  heldOn: dateSchema.nullable(),
  expiresOn: dateSchema.nullable(),
});

export const unitGapCountSchema = z.object({
  unitId: idSchema,
  unitName: z.string(),
  people: z.number().int(),
  peopleWithGaps: z.number().int(),
  never: z.number().int(),
  superseded: z.number().int(),
  expired: z.number().int(),
});

export const trainingMethods = {
  'training.topicsList': method({ input: z.object({}).strict(), output: z.array(topicSchema), roles: ALL_ROLES, mutates: false }),
  'training.topicCreate': method({
    input: z.object({ title: text(200), documentId: idSchema.nullable().default(null), validityMonths: validitySchema.default(null) }).strict(),
    output: topicSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  'training.topicUpdate': method({
    input: z.object({ id: idSchema, version: z.number().int().min(1), title: text(200).optional(), validityMonths: validitySchema.optional() }).strict(),
    output: topicSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  /** The topics a position requires (its 任职要求 training list, kept as text on the position too). */
  'training.positionTopicsSet': method({
    input: z.object({ positionId: idSchema, topicIds: z.array(idSchema).max(200) }).strict(),
    output: z.object({ positionId: idSchema, topicIds: z.array(idSchema) }),
    roles: ['quality_manager', 'author', 'auditor'],
    mutates: true,
  }),
  /** One session entered once for many attendees. */
  'training.record': method({
    input: z
      .object({
        topicId: idSchema,
        revisionId: idSchema.nullable().default(null),
        heldOn: dateSchema,
        trainer: text(100),
        hours: z.number().positive().max(1000),
        method: z.enum(TRAINING_METHODS),
        notes: optionalText(2000).default(''),
        attachmentId: idSchema.nullable().default(null),
        attendees: z.array(z.object({ personId: idSchema, result: z.enum(TRAINING_RESULTS).default('passed') })).min(1).max(2000),
      })
      .strict(),
    output: sessionSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  /** People to pick as attendees: the active staff of a unit (and below) or the holders of a position. */
  'training.pickPeople': method({
    input: z.object({ unitId: idSchema.optional(), positionId: idSchema.optional() }).strict(),
    output: z.array(z.object({ personId: idSchema, name: z.string(), unitName: z.string().nullable() })),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'training.sessions': method({
    input: z.object({ topicId: idSchema.optional(), page: z.number().int().min(1).max(100_000).default(1), pageSize: z.number().int().min(1).max(100).default(20) }).strict(),
    output: z.object({ items: z.array(sessionSchema), total: z.number().int() }),
    roles: ['quality_manager', 'auditor', 'executive'],
    mutates: false,
  }),
  /** A person's records and gaps: their own, a unit head's staff, or anyone for quality managers, auditors, executives. */
  'training.person': method({
    input: z.object({ personId: idSchema.optional() }).strict(),
    output: z.object({
      personId: idSchema.nullable(),
      name: z.string().nullable(),
      records: z.array(z.object({ sessionId: idSchema, topicTitle: z.string(), heldOn: dateSchema, hours: z.number(), trainer: z.string(), result: z.enum(TRAINING_RESULTS), revisionLabel: z.string().nullable() })),
      gaps: z.array(gapCellSchema.extend({ title: z.string() })),
      /** The units the caller heads: whose matrix they see and whose staff they train. */
      headOf: z.array(z.object({ id: idSchema, name: z.string() })),
    }),
    roles: ALL_ROLES,
    mutates: false,
  }),
  /** The competence matrix: a page of a unit's people × every topic they need. */
  'training.matrix': method({
    input: z.object({ unitId: idSchema.optional(), page: z.number().int().min(1).max(100_000).default(1), pageSize: z.number().int().min(1).max(50).default(50) }).strict(),
    output: z.object({
      people: z.array(z.object({ personId: idSchema, name: z.string(), unitId: idSchema, hasLogin: z.boolean() })),
      topics: z.array(z.object({ id: idSchema, title: z.string() })),
      cells: z.array(gapCellSchema),
      total: z.number().int(),
    }),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'training.unitCounts': method({ input: z.object({ unitId: idSchema.optional() }).strict(), output: z.array(unitGapCountSchema), roles: ALL_ROLES, mutates: false }),
  'training.exportXlsx': method({
    input: z.object({}).strict(),
    output: z.object({ fileName: z.string(), base64: z.string(), records: z.number().int(), gaps: z.number().int() }),
    roles: ['quality_manager', 'auditor', 'executive'],
    mutates: false,
  }),
};
