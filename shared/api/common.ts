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
  interface Frame {
    value: object;
    depth: number;
    parent: Frame | null;
    key: string;
  }
  const pathOf = (frame: Frame | null, key?: string): string[] => {
    const path = key === undefined ? [] : [key];
    for (let f = frame; f?.parent; f = f.parent) path.unshift(f.key);
    return path;
  };
  if (typeof raw === 'string') return LONE_SURROGATE.test(raw) ? { path: [], code: 'ill_formed_unicode', message: 'ill-formed Unicode (a lone surrogate)' } : null;
  if (!raw || typeof raw !== 'object') return null;
  // Only objects are stacked, with a link to their parent: a body of millions of numbers costs no memory.
  const stack: Frame[] = [{ value: raw, depth: 0, parent: null, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth >= MAX_INPUT_DEPTH) return { path: pathOf(frame).slice(0, 3), code: 'too_deep', message: `nested more than ${MAX_INPUT_DEPTH} levels deep` };
    const visit = (key: string, v: unknown): InputProblem | null => {
      if (typeof v === 'string') {
        if (LONE_SURROGATE.test(v)) return { path: pathOf(frame, key), code: 'ill_formed_unicode', message: 'ill-formed Unicode (a lone surrogate)' };
      } else if (v && typeof v === 'object') stack.push({ value: v, depth: frame.depth + 1, parent: frame, key });
      return null;
    };
    if (Array.isArray(frame.value)) {
      const list = frame.value as unknown[];
      for (let i = 0; i < list.length; i++) {
        const problem = visit(String(i), list[i]);
        if (problem) return problem;
      }
    } else {
      for (const key in frame.value) {
        if (!Object.hasOwn(frame.value, key)) continue;
        if (LONE_SURROGATE.test(key)) return { path: pathOf(frame), code: 'ill_formed_unicode', message: 'ill-formed Unicode (a lone surrogate) in a key' };
        const problem = visit(key, (frame.value as Record<string, unknown>)[key]);
        if (problem) return problem;
      }
    }
  }
  return null;
}
