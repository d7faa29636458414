import { Alert, Drawer, Flex, Select, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../shared/revisions/contract';
import { useApi } from '../../api/useApi';
import { checkStoredContent } from '../../editor/content';
import { LoadError } from '../shell/LoadError';
import { DiffView } from './DiffView';
import { diffRevisions, structureEvents } from './revisionDiff';

/** Any two revisions side by side in time: the older one on the left of the arrow. */
export function CompareDrawer({ revisions, onClose }: { revisions: RevisionSummary[]; onClose: () => void }) {
  const { t } = useTranslation();
  const byNo = [...revisions].sort((a, b) => a.revisionNo - b.revisionNo);
  const [fromId, setFromId] = useState(byNo[byNo.length - 2]?.id ?? byNo[0]?.id);
  const [toId, setToId] = useState(byNo[byNo.length - 1]?.id);
  const from = useApi('revisions.get', fromId ? { id: fromId } : null);
  const to = useApi('revisions.get', toId ? { id: toId } : null);
  const options = byNo.map((r) => ({ value: r.id, label: `${r.label} · ${t(`revisions.status.${r.status}`)}` }));

  const result = useMemo(() => {
    if (!from.data || !to.data || from.data.id !== fromId || to.data.id !== toId) return null;
    const a = checkStoredContent(from.data.content, from.data.contentError);
    const b = checkStoredContent(to.data.content, to.data.contentError);
    if (!a.ok) return { error: a.error };
    if (!b.ok) return { error: b.error };
    const rows = diffRevisions(a.content, b.content, to.data.language);
    return { rows, events: structureEvents(rows) };
  }, [from.data, to.data, fromId, toId]);

  const error = from.error ?? to.error;
  return (
    <Drawer open size="large" title={t('revisions.diff.title')} onClose={onClose} destroyOnHidden>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <Select style={{ minWidth: 180 }} value={fromId} options={options} onChange={setFromId} data-testid="compare-from" aria-label={t('revisions.diff.from')} />
        →
        <Select style={{ minWidth: 180 }} value={toId} options={options} onChange={setToId} data-testid="compare-to" aria-label={t('revisions.diff.to')} />
      </Flex>
      {error && <LoadError error={error} onRetry={() => {
            from.reload();
            to.reload();
          }} />}
      {!result ? (
        !error && <Skeleton active />
      ) : 'error' in result ? (
        <Alert type="error" showIcon title={t('revisions.contentError.title')} description={result.error} />
      ) : (
        <DiffView rows={result.rows} events={result.events} />
      )}
    </Drawer>
  );
}
