import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditStatus } from '../../../shared/audits/schemas';
import { ISO_9001_CLAUSES } from '../../../shared/clauses/iso9001';
import { useApi } from '../../api/useApi';

export const currentYear = () => new Date().getFullYear();

export const STATUS_COLORS: Record<AuditStatus, string> = { planned: 'blue', in_progress: 'gold', reporting: 'purple', closed: 'green', cancelled: 'default' };

/** Live units as select options in tree order (the organisation first). */
export function useUnitOptions() {
  const tree = useApi('departments.tree', { includeClosed: false });
  return useMemo(() => (tree.data ?? []).map((u) => ({ value: u.id, label: u.name })), [tree.data]);
}

/** Active staff as select options (name, with the employee number to tell namesakes apart). */
export function usePeopleOptions() {
  const people = useApi('people.list', { pageSize: 500, active: true });
  return useMemo(() => (people.data?.items ?? []).map((p) => ({ value: p.id, label: p.employeeNo ? `${p.name}（${p.employeeNo}）` : p.name })), [people.data]);
}

export function useClauseOptions() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return useMemo(() => ISO_9001_CLAUSES.map((c) => ({ value: c.clause, label: `${c.clause} ${c[lang]}` })), [lang]);
}
