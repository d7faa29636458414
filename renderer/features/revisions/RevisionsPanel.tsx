import { DiffOutlined, ImportOutlined } from '@ant-design/icons';
import { Button, Card, Table, Typography, type TableColumnsType } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QmsDocument } from '../../../shared/documents/contract';
import type { RevisionSummary } from '../../../shared/revisions/contract';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { formatDate } from '../../i18n/format';
import { useSignedIn } from '../auth/session-context';
import { LoadError } from '../shell/LoadError';
import { navigate, revisionPath } from '../shell/router';
import { ImportWordModal } from '../word/ImportWordModal';
import { NewRevisionButton } from './NewRevisionButton';
import { mayStartDraft } from './revisionRules';
import { RevisionStatusTag } from './RevisionStatusTag';
import { SignatureList } from './SignatureList';

// Comparing reads content with the editor's schema, so it loads with the editor.
const CompareDrawer = lazy(() => import('./CompareDrawer').then((m) => ({ default: m.CompareDrawer })));

/** The revisions of one document, newest first, with their approvals; the way into the editor. */
export function RevisionsPanel({ doc }: { doc: QmsDocument }) {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const list = useApi('revisions.list', { documentId: doc.id });
  const [dialog, setDialog] = useState<'compare' | 'import' | null>(null);
  const revisions = list.data ?? [];
  const mayStart = !list.loading && !list.error && mayStartDraft(revisions, doc, user);
  const none = <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>;

  const columns: TableColumnsType<RevisionSummary> = [
    {
      key: 'label',
      title: t('revisions.fields.label'),
      width: 90,
      render: (_, r) => (
        <Typography.Link strong onClick={() => navigate(revisionPath(doc.id, r.id))}>
          {r.label}
        </Typography.Link>
      ),
    },
    { key: 'status', title: t('revisions.fields.status'), width: 100, render: (_, r) => <RevisionStatusTag status={r.status} /> },
    { key: 'author', title: t('revisions.fields.author'), width: 100, render: (_, r) => r.authorName ?? none },
    {
      key: 'reason',
      title: t('revisions.fields.changeReason'),
      render: (_, r) => (
        <>
          {r.changeReason ?? none}
          {r.status === 'draft' && r.rejection && (
            <div>
              <Typography.Text type="warning">{t('revisions.rejected', { comment: r.rejection })}</Typography.Text>
            </div>
          )}
        </>
      ),
    },
    { key: 'effective', title: t('revisions.fields.effectiveDate'), width: 130, render: (_, r) => (r.effectiveDate ? formatDate(r.effectiveDate) : none) },
    { key: 'signatures', title: t('revisions.signatures.title'), render: (_, r) => <SignatureList signatures={r.signatures} /> },
  ];

  return (
    <Card
      size="small"
      title={t('revisions.title')}
      data-testid="revisions-panel"
      extra={
        <>
          {revisions.length >= 2 && (
            <Button size="small" type="text" icon={<DiffOutlined />} onClick={() => setDialog('compare')} data-testid="revision-compare">
              {t('revisions.compare')}
            </Button>
          )}
          {mayStart && can('word.import', user.role) && (
            <Button size="small" type="text" icon={<ImportOutlined />} onClick={() => setDialog('import')} data-testid="revision-import">
              {t('word.import.asRevision')}
            </Button>
          )}
        </>
      }
    >
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {mayStart && (
        <div style={{ marginBottom: 12 }}>
          <NewRevisionButton documentId={doc.id} language={doc.language} offerTemplates={revisions.length === 0} />
        </div>
      )}
      <Table<RevisionSummary>
        rowKey="id"
        size="small"
        className="clickable-rows"
        loading={list.loading}
        columns={columns}
        dataSource={revisions}
        pagination={false}
        scroll={{ x: 900 }}
        onRow={(r) => ({ onClick: (e) => !(e.target as HTMLElement).closest('a,button') && navigate(revisionPath(doc.id, r.id)) })}
        locale={{ emptyText: t('revisions.empty') }}
        data-testid="revisions-table"
      />
      {dialog === 'compare' && (
        <Suspense>
          <CompareDrawer revisions={revisions} onClose={() => setDialog(null)} />
        </Suspense>
      )}
      {dialog === 'import' && <ImportWordModal documentId={doc.id} onClose={() => setDialog(null)} onOpen={navigate} />}
    </Card>
  );
}
