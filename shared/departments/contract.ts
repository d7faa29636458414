import { z } from 'zod';
import { idSchema, method, optionalText, pageInput, pageOf, recordMeta, sortDirSchema, text, timestampSchema } from '../api/common';
import { ALL_ROLES, MANAGERS } from '../auth/roles';

/** A unit of the organisation tree: the root is the organisation itself, then departments, branches (网点), teams. */
export const UNIT_KINDS = ['organisation', 'department', 'branch', 'team'] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof unitKindSchema>;
/** The kinds a user may create (there is one organisation, made by the migration). */
export const childKindSchema = z.enum(['department', 'branch', 'team']);

export const departmentSchema = z.object({
  ...recordMeta,
  /** For the root: the organisationName setting. */
  name: z.string(),
  /** Short code used by the {dept} token of document numbers; unique ignoring case, stored upper-case. */
  code: z.string().nullable(),
  parentId: idSchema.nullable(),
  kind: unitKindSchema,
  headPersonId: idSchema.nullable(),
  headName: z.string().nullable(),
  order: z.number().int(),
  /** A closed unit keeps its history and records and takes no new ones. */
  closedAt: timestampSchema.nullable(),
});
export type Department = z.infer<typeof departmentSchema>;

export const unitNodeSchema = departmentSchema.extend({
  /** Root first, then depth-first in sibling order. */
  depth: z.number().int().min(0),
  positions: z.number().int().min(0),
  people: z.number().int().min(0),
});
export type UnitNode = z.infer<typeof unitNodeSchema>;

export const codeSchema = z
  .string()
  .trim()
  .max(16)
  .regex(/^[A-Za-z0-9-]*$/, 'letters, digits and - only')
  .transform((c) => (c ? c.toUpperCase() : null));

const versioned = { id: idSchema, version: z.number().int().min(1) };

export const departmentsMethods = {
  'departments.list': method({
    input: z.object({
      ...pageInput,
      pageSize: z.number().int().min(1).max(500).default(100),
      q: optionalText(64).optional(),
      /** Leave out closed units (for choosing a unit for a new record). */
      openOnly: z.boolean().default(false),
      sort: z.enum(['name', 'code', 'createdAt']).default('name'),
      dir: sortDirSchema.default('asc'),
    }),
    output: pageOf(departmentSchema),
    roles: ALL_ROLES,
    mutates: false,
  }),
  /** The whole tree in one answer (org chart, side panel): everyone reads it. */
  'departments.tree': method({
    input: z.object({ includeClosed: z.boolean().default(true) }),
    output: z.array(unitNodeSchema),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'departments.create': method({
    input: z.object({
      name: text(64),
      code: codeSchema.default(null),
      /** Default: the organisation (root). */
      parentId: idSchema.optional(),
      kind: childKindSchema.default('department'),
      headPersonId: idSchema.nullable().default(null),
      order: z.number().int().min(0).max(1_000_000).optional(),
    }),
    output: departmentSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  'departments.update': method({
    input: z.object({
      ...versioned,
      name: text(64).optional(),
      code: codeSchema.optional(),
      kind: childKindSchema.optional(),
      headPersonId: idSchema.nullable().optional(),
      order: z.number().int().min(0).max(1_000_000).optional(),
    }),
    output: departmentSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  /** Moves the unit with its subtree; never under itself or its own descendant. */
  'departments.move': method({
    input: z.object({ ...versioned, parentId: idSchema, order: z.number().int().min(0).max(1_000_000).optional() }),
    output: departmentSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  /** Closes the unit and its subtree. */
  'departments.close': method({
    input: z.object(versioned),
    output: departmentSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  'departments.reopen': method({
    input: z.object(versioned),
    output: departmentSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  /** Only for a unit nothing refers to; otherwise close it. */
  'departments.delete': method({
    input: z.object(versioned),
    output: z.object({}).strict(),
    roles: MANAGERS,
    mutates: true,
  }),
};
