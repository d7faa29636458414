import { ArrowLeftOutlined, AuditOutlined, DeleteOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Result, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, isApiError } from '../../api/client';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { HistoryPanel } from '../audit/HistoryPanel';
import { RevisionsPanel } from '../revisions/RevisionsPanel';
import { useSignedIn } from '../auth/session-context';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { navigate } from '../shell/router';
import { DocumentDescriptions } from './DocumentDescriptions';
import { DocumentFormDrawer } from './DocumentFormDrawer';
import { registerPath } from './listState';
import { ObsoleteModal } from './ObsoleteModal';
import { RegisterVersionModal } from './RegisterVersionModal';
import { StatusTag } from './StatusTag';
import { useDocumentDescriber } from './useDocumentDescriber';
import { DocumentScopeCard } from '../reading/DocumentScopeCard';

export function DocumentDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const { message, modal } = App.useApp();
  const describe = useDocumentDescriber();
  const loaded = useApi('documents.get', { id });
  const [dialog, setDialog] = useState<'edit' | 'obsolete' | 'register' | null>(null);
  const doc = loaded.data?.id === id ? loaded.data : undefined;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(registerPath())}>
      {t('documents.detail.back')}
    </Button>
  );

  if (loaded.error && (isApiError(loaded.error, 'NOT_FOUND') || isApiError(loaded.error, 'VALIDATION')))
    return <Result status="404" title={t('documents.detail.notFound')} subTitle={t('office.links.documentMissingHelp')} extra={back} data-testid="document-missing" />;
  if (!doc) return loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : <Skeleton active />;

  const readOnly = doc.status === 'obsolete';
  // The register entry is changed by quality managers and the document's owner (负责人).
  const mayEdit = !readOnly && can('documents.update', user.role) && (user.role === 'quality_manager' || doc.ownerId === user.id);
  const mayDelete = doc.deletable && can('documents.delete', user.role) && (user.role === 'quality_manager' || doc.ownerId === user.id);
  // 登记现行版本: only before document control has any revision of it.
  const mayRegister = !readOnly && !doc.controlled && can('revisions.register', user.role);
  const remove = () =>
    modal.confirm({
      title: t('approval.delete.title', { number: doc.number }),
      content: t('approval.delete.body'),
      okText: t('approval.delete.ok'),
      okButtonProps: { danger: true, 'data-testid': 'delete-ok' },
      onOk: async () => {
        try {
          await call('documents.delete', { id: doc.id, version: doc.version });
          message.success(t('approval.delete.done', { number: doc.number }));
          navigate(registerPath());
        } catch (e) {
          message.error(e instanceof Error ? e.message : String(e));
        }
      },
    });
  const mayObsolete = !readOnly && can('documents.markObsolete', user.role);
  const saved = () => {
    setDialog(null);
    loaded.reload();
  };

  return (
    <>
      <PageHeader
        title={`${doc.number}  ${doc.title}`}
        sub={<StatusTag status={doc.status} pending={doc.pending} />}
        extra={
          <>
            {back}
            {mayEdit && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="doc-edit">
                {t('common.edit')}
              </Button>
            )}
            {mayRegister && (
              <Button icon={<AuditOutlined />} onClick={() => setDialog('register')} data-testid="doc-register">
                {t('approval.register.button')}
              </Button>
            )}
            {mayDelete && (
              <Button danger icon={<DeleteOutlined />} onClick={remove} data-testid="doc-delete">
                {t('approval.delete.button')}
              </Button>
            )}
            {mayObsolete && (
              <Button danger icon={<StopOutlined />} onClick={() => setDialog('obsolete')} data-testid="doc-obsolete">
                {t('documents.detail.markObsolete')}
              </Button>
            )}
          </>
        }
      />
      {readOnly && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('documents.detail.obsoleteBanner')}
          description={doc.obsoleteReason ? t('documents.detail.obsoleteReason', { reason: doc.obsoleteReason }) : undefined}
        />
      )}
      {loaded.error && <LoadError error={loaded.error} onRetry={loaded.reload} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <DocumentDescriptions doc={doc} />
        </Col>
        <Col xs={24} xl={9}>
          <HistoryPanel key={doc.version} entity="document" entityId={doc.id} describe={describe} />
        </Col>
        <Col span={24}>
          <DocumentScopeCard documentId={doc.id} />
        </Col>
        <Col span={24}>
          <RevisionsPanel key={doc.version} doc={doc} />
        </Col>
      </Row>
      {dialog === 'edit' && <DocumentFormDrawer document={doc} onClose={() => setDialog(null)} onSaved={saved} onStale={saved} />}
      {dialog === 'register' && <RegisterVersionModal doc={doc} onClose={() => setDialog(null)} onDone={saved} />}
      {dialog === 'obsolete' && <ObsoleteModal doc={doc} onClose={() => setDialog(null)} onDone={saved} onStale={saved} />}
    </>
  );
}
