import { z } from 'zod';
import { idSchema, method, optionalText, recordMeta, timestampSchema } from '../api/common';
import { ALL_ROLES, MANAGERS } from '../auth/roles';
import { childKindSchema } from '../departments/contract';
import { signatureSchema } from '../signatures/contract';
import { MATRIX_STATES, MATRIX_STEPS } from './lifecycle';

/** ★ 主管 (accountable), ● 主责 (responsible), ○ 配合 (supporting). */
export const MARKS = ['lead', 'main', 'support'] as const;
export type Mark = (typeof MARKS)[number];
export const markSchema = z.enum(MARKS);
export const MARK_SYMBOLS: Record<Mark, string> = { lead: '★', main: '●', support: '○' };

/** 'clause:8.2' or 'process:<id>'. */
export const rowKeySchema = z.string().regex(/^(clause:\d+\.\d+|process:[0-9a-f-]{36})$/, 'row');

export const matrixRowSchema = z.object({
  key: z.string(),
  kind: z.enum(['clause', 'process']),
  /** Clause number or process code. */
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
});
export type MatrixRow = z.infer<typeof matrixRowSchema>;

export const matrixColumnSchema = z.object({ unitId: idSchema, name: z.string(), code: z.string().nullable() });
export type MatrixColumn = z.infer<typeof matrixColumnSchema>;

export const matrixCellSchema = z.object({ row: z.string(), unitId: idSchema, mark: markSchema });
export type MatrixCell = z.infer<typeof matrixCellSchema>;

/** A row breaking the rule: no ★ (leads = 0). Two ★ cannot be stored. */
export const ruleBreakSchema = z.object({ row: z.string(), leads: z.number().int().min(0) });

export const matrixVersionSummarySchema = z.object({
  ...recordMeta,
  number: z.number().int().min(1),
  levelKind: childKindSchema,
  state: z.enum(MATRIX_STATES),
  effectiveAt: timestampSchema.nullable(),
});
export type MatrixVersionSummary = z.infer<typeof matrixVersionSummarySchema>;

export const matrixSchema = matrixVersionSummarySchema.extend({
  rows: z.array(matrixRowSchema),
  columns: z.array(matrixColumnSchema),
  cells: z.array(matrixCellSchema),
  breaks: z.array(ruleBreakSchema),
  /** The steps the caller may take now (the renderer's buttons). */
  steps: z.array(z.enum(MATRIX_STEPS as [string, ...string[]])),
  signatures: z.array(signatureSchema),
  /** A quality manager may edit the grid (draft only). */
  editable: z.boolean(),
});
export type Matrix = z.infer<typeof matrixSchema>;

const fileSchema = z.object({ name: z.string(), dataBase64: z.string() });
const versionRef = { id: idSchema, version: z.number().int().min(1) };

export const matrixMethods = {
  'matrix.list': method({ input: z.object({}).strict(), output: z.array(matrixVersionSummarySchema), roles: ALL_ROLES, mutates: false }),
  /** One version; without id the open draft (or the one in approval), else the effective one; null when none yet. */
  'matrix.get': method({ input: z.object({ id: idSchema.optional() }), output: matrixSchema.nullable(), roles: ALL_ROLES, mutates: false }),
  /** A new draft over units of a level, starting from the effective version's marks when the level matches. */
  'matrix.create': method({ input: z.object({ levelKind: childKindSchema.default('department') }), output: matrixSchema, roles: MANAGERS, mutates: true }),
  /** Sets or clears (mark null) one cell of a draft; a second ★ in a row is refused. */
  'matrix.setCell': method({
    input: z.object({ ...versionRef, row: rowKeySchema, unitId: idSchema, mark: markSchema.nullable() }),
    output: matrixSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  /** submit / approve (signed: password) / return (comment). */
  'matrix.step': method({
    input: z.object({
      ...versionRef,
      step: z.enum(MATRIX_STEPS as [string, ...string[]]),
      comment: optionalText(1000).default(''),
      password: z.string().max(256).optional(),
    }),
    output: matrixSchema,
    roles: MANAGERS,
    mutates: true,
  }),
  'matrix.exportXlsx': method({ input: z.object({ id: idSchema }), output: fileSchema, roles: ALL_ROLES, mutates: false }),
  'matrix.exportWord': method({ input: z.object({ id: idSchema }), output: fileSchema, roles: ALL_ROLES, mutates: false }),
};
