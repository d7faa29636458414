import { Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignee } from '../../../shared/routes/contract';
import { useApi } from '../../api/useApi';
import { useLabels } from '../../i18n/labels';

/** One line for the register entry: the route its next submission follows, and where that route is set. */
export function RouteSummary({
  documentId,
  approverIds,
  onLoaded,
}: {
  documentId: string;
  approverIds: readonly string[];
  /** Told where the route comes from once it is loaded. */
  onLoaded?: (source: 'document' | 'type' | 'default') => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const route = useApi('routes.effective', { documentId });
  const people = useApi('users.directory', {});
  const source = route.data?.source;
  useEffect(() => {
    if (source) onLoaded?.(source);
  }, [source, onLoaded]);
  if (!route.data) return <Typography.Text type="secondary">…</Typography.Text>;
  const name = (id: string) => people.data?.find((p) => p.id === id)?.displayName ?? '…';
  const who = (a: Assignee) => {
    if (a.kind === 'user') return name(a.userId);
    if (a.kind === 'role') return t('approval.route.role', { role: labels.role(a.role) });
    if (a.kind === 'unitHead') return t('tasks.unitHead');
    return approverIds.length
      ? t('approval.route.approversNamed', { who: t('approval.route.documentApprovers'), names: approverIds.map(name).join(sep) })
      : t('docControl.qualityManagersOnly');
  };
  const sep = t('common.listSeparator');
  const steps = route.data.steps.map((s) => t('approval.route.stepLine', { meaning: t(`revisions.meaning.${s.meaning}`), who: s.assignees.map(who).join(sep) }));
  return (
    <span data-testid="route-summary">
      {[t('revisions.meaning.authored'), ...steps].join(' → ')}
      <Typography.Text type="secondary">{t('approval.route.sourceNote', { source: t(`approval.route.source.${route.data.source}`) })}</Typography.Text>
    </span>
  );
}
