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

/** Deeper JSON than any method takes (editor content, the deepest, stays under half of it). */
export const MAX_INPUT_DEPTH = 100;
const LONE_SURROGATE = /\p{Cs}/u;

export interface InputProblem {
  path: string[];
  code: 'too_deep' | 'ill_formed_unicode';
  message: string;
}

/**
 * The one check every API input passes before its schema: no nesting beyond MAX_INPUT_DEPTH (schemas and
 * services recurse, so they must never see unbounded depth) and no ill-formed Unicode in any string or key
 * (SQLite would store U+FFFD instead, and the trail would hash something other than what is stored).
 * It walks without recursion, so it is safe on any input.
 */
export function inputProblem(raw: unknown): InputProblem | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: raw, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return { path, code: 'ill_formed_unicode', message: 'ill-formed Unicode (a lone surrogate)' };
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (path.length >= MAX_INPUT_DEPTH) return { path: path.slice(0, 3), code: 'too_deep', message: `nested more than ${MAX_INPUT_DEPTH} levels deep` };
    for (const [k, v] of Object.entries(value)) {
      if (LONE_SURROGATE.test(k)) return { path, code: 'ill_formed_unicode', message: 'ill-formed Unicode (a lone surrogate) in a key' };
      stack.push({ value: v, path: [...path, k] });
    }
  }
  return null;
}
