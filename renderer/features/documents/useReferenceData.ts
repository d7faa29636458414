import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';

/** Departments and people to choose from, loaded once per page. */
export function useReferenceData() {
  const { t } = useTranslation();
  const departments = useApi('departments.list', { pageSize: 500, sort: 'name', dir: 'asc' });
  const people = useApi('users.directory', {});
  return useMemo(() => {
    const deptItems = departments.data?.items ?? [];
    const personItems = people.data ?? [];
    return {
      loading: departments.loading || people.loading,
      departmentOptions: deptItems.map((d) => ({ value: d.id, label: d.code ? t('common.withCode', { name: d.name, code: d.code }) : d.name })),
      /** Inactive people stay choosable only where they are already the value. */
      ownerOptions: (keep?: string | null) =>
        personItems.filter((p) => p.active || p.id === keep).map((p) => ({ value: p.id, label: p.displayName })),
      /**
       * Approvers must be able to read revisions in review, which the backend allows editors only; people
       * already named stay choosable so saving does not drop them silently.
       */
      approverOptions: (keep: readonly string[] = []) =>
        personItems
          .filter((p) => (p.active && (p.role === 'quality_manager' || p.role === 'author')) || keep.includes(p.id))
          .map((p) => ({ value: p.id, label: p.displayName })),
      personName: (id: string) => personItems.find((p) => p.id === id)?.displayName,
      departmentName: (id: string | null | undefined) => deptItems.find((d) => d.id === id)?.name,
    };
  }, [t, departments.data, departments.loading, people.data, people.loading]);
}
