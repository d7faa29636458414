import type { FormInstance } from 'antd';
import { i18n } from '../i18n';
import { ApiCallError } from './client';

const TRANSLATED_CODES = ['too_small', 'too_big', 'invalid_format', 'invalid_type', 'invalid_value'] as const;

function issueMessage(code: string | undefined, fallback: string): string {
  const known = TRANSLATED_CODES.find((c) => c === code);
  // The server sends zod's English wording for field issues; translate what we can recognise.
  return known ? i18n.t(`validation.${known}`) : fallback;
}

/**
 * Puts the per-field problems of a VALIDATION error under the matching form fields.
 * `overrides` gives a message for a field whose server wording is not fit to show.
 * Returns whether at least one problem found its field; otherwise show `error.message`.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, overrides: Record<string, string> = {}): boolean {
  if (!(error instanceof ApiCallError)) return false;
  const registered = new Set(Object.keys(form.getFieldsValue()));
  const byField = new Map<string, string[]>();
  for (const issue of error.fieldIssues) {
    const field = issue.path[0];
    if (!field || !registered.has(field)) continue;
    const text = overrides[field] ?? issueMessage(issue.code, issue.message);
    byField.set(field, [...(byField.get(field) ?? []), text]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors: [...new Set(errors)] })));
  return byField.size > 0;
}
