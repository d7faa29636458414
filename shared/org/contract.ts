import { z } from 'zod';
import { idSchema, method, optionalText, pageInput, pageOf, recordMeta, text } from '../api/common';
import { ALL_ROLES, MANAGERS } from '../auth/roles';
import { contentSchema } from '../editor/content';
import { jobStartedSchema } from '../jobs/contract';

/** Positions (岗位) and people (人员): the organisation's staff, most of whom never sign in. */

export const positionHolderSchema = z.object({ personId: idSchema, name: z.string(), primary: z.boolean(), absent: z.boolean() });

export const positionSchema = z.object({
  ...recordMeta,
  departmentId: idSchema,
  departmentName: z.string(),
  title: z.string(),
  /** 岗位职责: editor content (plain mode) or null when none written yet. */
  duties: contentSchema.nullable(),
  dutiesText: z.string(),
  /** 任职要求 */
  education: z.string(),
  qualifications: z.string(),
  trainingTopics: z.array(z.string()),
  headcount: z.number().int().min(0),
  deputyPersonId: idSchema.nullable(),
  deputyName: z.string().nullable(),
  holders: z.array(positionHolderSchema),
});
export type Position = z.infer<typeof positionSchema>;

export const personPositionSchema = z.object({
  positionId: idSchema,
  title: z.string(),
  departmentId: idSchema,
  departmentName: z.string(),
  primary: z.boolean(),
});

export const staffSchema = z.object({
  ...recordMeta,
  name: z.string(),
  employeeNo: z.string().nullable(),
  userId: idSchema.nullable(),
  username: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** Marked absent: tasks for their positions go to the deputy. */
  absent: z.boolean(),
  /** false once the person has left. */
  active: z.boolean(),
  /** The unit of the primary position (the person's home unit). */
  homeDepartmentId: idSchema.nullable(),
  homeDepartmentName: z.string().nullable(),
  positions: z.array(personPositionSchema),
});
export type Staff = z.infer<typeof staffSchema>;

const topics = z.array(text(64)).max(50);
const nullableText = (max: number) => optionalText(max).transform((s) => s || null);
const positionFields = {
  duties: contentSchema.nullable(),
  education: optionalText(200),
  qualifications: optionalText(500),
  trainingTopics: topics,
  headcount: z.number().int().min(0).max(10_000),
  deputyPersonId: idSchema.nullable(),
};
const personFields = {
  employeeNo: nullableText(32),
  phone: nullableText(32),
  email: nullableText(128),
  userId: idSchema.nullable(),
};

/** Positions are edited by quality managers, unit heads and the unit's own authors (checked per unit). */
const POSITION_EDITORS = ALL_ROLES.filter((r) => r !== 'executive');

export const importReportSchema = z.object({
  /** true when the rows were written (commit asked and no row refused). */
  committed: z.boolean(),
  units: z.object({ created: z.number().int(), updated: z.number().int() }),
  positions: z.object({ created: z.number().int(), updated: z.number().int() }),
  people: z.object({ created: z.number().int(), updated: z.number().int() }),
  assignments: z.number().int(),
  /** Refused rows, in the caller's language; any refused row means nothing is written. */
  refused: z.array(z.object({ sheet: z.string(), row: z.number().int(), message: z.string() })),
});
export type ImportReport = z.infer<typeof importReportSchema>;

const base64Schema = z.string().max(33_554_432).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

export const orgMethods = {
  'positions.list': method({
    input: z.object({
      ...pageInput,
      pageSize: z.number().int().min(1).max(500).default(100),
      departmentId: idSchema.optional(),
      q: optionalText(64).optional(),
    }),
    output: pageOf(positionSchema),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'positions.get': method({ input: z.object({ id: idSchema }), output: positionSchema, roles: ALL_ROLES, mutates: false }),
  'positions.create': method({
    input: z.object({
      departmentId: idSchema,
      title: text(64),
      duties: positionFields.duties.default(null),
      education: positionFields.education.default(''),
      qualifications: positionFields.qualifications.default(''),
      trainingTopics: topics.default([]),
      headcount: positionFields.headcount.default(1),
      deputyPersonId: positionFields.deputyPersonId.default(null),
    }),
    output: positionSchema,
    roles: POSITION_EDITORS,
    mutates: true,
  }),
  'positions.update': method({
    input: z.object({
      id: idSchema,
      version: z.number().int().min(1),
      title: text(64).optional(),
      duties: positionFields.duties.optional(),
      education: positionFields.education.optional(),
      qualifications: positionFields.qualifications.optional(),
      trainingTopics: topics.optional(),
      headcount: positionFields.headcount.optional(),
      deputyPersonId: positionFields.deputyPersonId.optional(),
    }),
    output: positionSchema,
    roles: POSITION_EDITORS,
    mutates: true,
  }),
  'positions.delete': method({
    input: z.object({ id: idSchema, version: z.number().int().min(1) }),
    output: z.object({}).strict(),
    roles: POSITION_EDITORS,
    mutates: true,
  }),
  'people.list': method({
    input: z.object({
      ...pageInput,
      pageSize: z.number().int().min(1).max(500).default(50),
      q: optionalText(64).optional(),
      /** People holding a position in this unit. */
      departmentId: idSchema.optional(),
      active: z.boolean().optional(),
    }),
    output: pageOf(staffSchema),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'people.get': method({ input: z.object({ id: idSchema }), output: staffSchema, roles: ALL_ROLES, mutates: false }),
  'people.create': method({
    input: z.object({
      name: text(64),
      employeeNo: personFields.employeeNo.default(null),
      phone: personFields.phone.default(null),
      email: personFields.email.default(null),
      userId: personFields.userId.default(null),
    }),
    output: staffSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  'people.update': method({
    input: z.object({
      id: idSchema,
      version: z.number().int().min(1),
      name: text(64).optional(),
      employeeNo: personFields.employeeNo.optional(),
      phone: personFields.phone.optional(),
      email: personFields.email.optional(),
      userId: personFields.userId.optional(),
      absent: z.boolean().optional(),
      active: z.boolean().optional(),
    }),
    output: staffSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  /** Gives a person a position (primary: it becomes their home unit). Refused for a closed unit. */
  'people.assign': method({
    input: z.object({ id: idSchema, version: z.number().int().min(1), positionId: idSchema, primary: z.boolean().default(false) }),
    output: staffSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  'people.unassign': method({
    input: z.object({ id: idSchema, version: z.number().int().min(1), positionId: idSchema }),
    output: staffSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  /** Units, positions and staff from one .xlsx workbook: commit=false previews, commit=true writes all or nothing. */
  'org.import': method({
    input: z.object({ dataBase64: base64Schema.min(1), commit: z.boolean().default(false) }),
    output: importReportSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  /** The same import as a background job (progress in jobs.get; the result is the report): for thousands of rows. */
  'org.importStart': method({
    input: z.object({ dataBase64: base64Schema.min(1), commit: z.boolean().default(false) }),
    output: jobStartedSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  'org.export': method({
    input: z.object({}).strict(),
    output: z.object({ name: z.string(), dataBase64: z.string() }),
    roles: MANAGERS,
    mutates: false,
  }),
};
