import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { LoadError } from '../shell/LoadError';
import { documentPath, navigate } from '../shell/router';
import { RevisionWorkspace } from './RevisionWorkspace';

/** `#/documents/<id>/revisions/<revisionId>`: one revision in the editor, editable while it is a draft. */
export function RevisionPage({ documentId, revisionId, find }: { documentId: string; revisionId: string; find?: string }) {
  const { t } = useTranslation();
  const doc = useApi('documents.get', { id: documentId });
  const revision = useApi('revisions.get', { id: revisionId });
  const [loads, setLoads] = useState(0);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(documentPath(documentId))}>
      {t('revisions.backToDocument')}
    </Button>
  );
  const error = doc.error ?? revision.error;
  if (error && (isApiError(error, 'NOT_FOUND') || isApiError(error, 'VALIDATION') || isApiError(error, 'FORBIDDEN')))
    return <Result status={isApiError(error, 'FORBIDDEN') ? '403' : '404'} title={t('revisions.notFound')} subTitle={isApiError(error, 'FORBIDDEN') ? error.message : t('office.links.documentMissingHelp')} extra={back} />;
  const d = doc.data?.id === documentId ? doc.data : undefined;
  const r = revision.data?.id === revisionId ? revision.data : undefined;
  const reload = () => {
    doc.reload();
    revision.reload();
    setLoads((n) => n + 1);
  };
  if (!d || !r || doc.loading || revision.loading) return error ? <LoadError error={error} onRetry={reload} /> : <Skeleton active />;

  // A fresh workspace after every reload and status change, so the editor and its versions start from the server's state.
  return <RevisionWorkspace key={`${r.id}:${r.status}:${loads}`} doc={d} revision={r} onReload={reload} find={find} />;
}
