import { z } from 'zod';
import type { Role } from '../auth/roles';

export const idSchema = z.uuid();
export const timestampSchema = z.iso.datetime();
/** A calendar date, YYYY-MM-DD, that exists. */
export const dateSchema = z.iso.date();

export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max);

export const pageInput = {
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
};

export const sortDirSchema = z.enum(['asc', 'desc']);

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int().min(0) });
}

export const emptySchema = z.object({}).strict();

/** Every stored record carries these, so records from two installations can be merged later. */
export const recordMeta = {
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** Optimistic-concurrency counter: an update must name the version it read. */
  version: z.number().int().min(1),
};

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Who may call it; 'public' needs no session. */
  roles: readonly Role[] | 'public';
  /** Whether it changes data (for hosts that log or throttle writes). */
  mutates: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def;
}
