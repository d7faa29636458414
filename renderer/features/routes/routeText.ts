import type { TFunction } from 'i18next';
import type { Person } from '../../../shared/users/contract';
import type { Assignee, RouteStep } from '../../../shared/routes/contract';
import type { Role } from '../../../shared/auth/roles';

/** How one assignee reads: a person's name, a role, or the kind's own name. */
export function assigneeText(t: TFunction, a: Assignee, people: readonly Person[] | undefined, roleLabel: (r: Role) => string): string {
  const value = a as unknown as Record<string, string>;
  if (a.kind === 'user') return people?.find((p) => p.id === a.userId)?.displayName ?? '…';
  if (a.kind === 'role') return t('approval.route.role', { role: roleLabel(a.role) });
  const kind = t(`routes.kinds.${a.kind}`, { defaultValue: a.kind });
  const extra = Object.entries(value).filter(([k]) => k !== 'kind').map(([, v]) => v);
  return extra.length ? `${kind}（${extra.join(', ')}）` : kind;
}

/** 编制 → 审核：… → 批准：… */
export function routeText(t: TFunction, steps: readonly RouteStep[], people: readonly Person[] | undefined, roleLabel: (r: Role) => string): string {
  const sep = t('common.listSeparator');
  const lines = steps.map((s) =>
    t('approval.route.stepLine', {
      meaning: t(`revisions.meaning.${s.meaning}`) + (s.mode === 'all' ? t('routes.allSuffix') : ''),
      who: s.assignees.map((a) => assigneeText(t, a, people, roleLabel)).join(sep),
    }),
  );
  return [t('revisions.meaning.authored'), ...lines].join(' → ');
}
