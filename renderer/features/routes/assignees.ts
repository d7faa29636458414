import { z } from 'zod';
import { assigneeSchema, type Assignee } from '../../../shared/routes/contract';

/** One field of an assignee kind besides `kind`: a person, a choice from a fixed list, or free text. */
export type AssigneeField = { name: string; type: 'user' } | { name: string; type: 'enum'; values: readonly string[] } | { name: string; type: 'text' };

export interface AssigneeKind {
  kind: string;
  fields: AssigneeField[];
}

/**
 * The assignee kinds the contract allows, read from its schema so a kind added there (e.g. the head
 * of the owning unit) shows up in the editor without changes here.
 */
export const ASSIGNEE_KINDS: AssigneeKind[] = assigneeSchema.options.map((option) => {
  const shape = option.shape as Record<string, z.ZodTypeAny>;
  const fields: AssigneeField[] = Object.entries(shape)
    .filter(([name]) => name !== 'kind')
    .map(([name, schema]) => {
      if (schema instanceof z.ZodEnum) return { name, type: 'enum', values: schema.options as readonly string[] };
      if (name.endsWith('userId') || name === 'userId') return { name, type: 'user' };
      return { name, type: 'text' };
    });
  return { kind: (shape.kind as z.ZodLiteral<string>).value, fields };
});

/** A new assignee of `kind` with its fields filled with a first choice (the user picks the rest). */
export function blankAssignee(kind: string, firstUserId: string | undefined): Assignee {
  const spec = ASSIGNEE_KINDS.find((k) => k.kind === kind);
  const value: Record<string, string> = { kind };
  for (const f of spec?.fields ?? []) value[f.name] = f.type === 'enum' ? (f.values[0] ?? '') : f.type === 'user' ? (firstUserId ?? '') : '';
  return value as unknown as Assignee;
}
