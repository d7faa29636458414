import { Alert, Button, Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QmsDocument } from '../../../shared/documents/contract';
import type { Content } from '../../../shared/editor/content';
import type { Revision } from '../../../shared/revisions/contract';
import { checkStoredContent, sameContent } from '../../editor/content';
import { RegulationEditor } from '../../editor/RegulationEditor';
import { formatDate } from '../../i18n/format';
import { HistoryPanel } from '../audit/HistoryPanel';
import { useSignedIn } from '../auth/session-context';
import { PageHeader } from '../shell/PageHeader';
import { documentPath, navigate } from '../shell/router';
import { ExportWordButton } from '../word/ExportWordButton';
import { clearLocalCopy, readLocalCopy, type LocalCopy } from './localCopy';
import { RestoreBanner } from './RestoreBanner';
import { RevisionActions } from './RevisionActions';
import { revisionAbilities } from './revisionRules';
import { RevisionStatusTag } from './RevisionStatusTag';
import { SaveStatus } from './SaveStatus';
import { FileBodyButtons, FileBodyCard } from './FileBody';
import { RouteSteps } from './RouteSteps';
import { SignatureList } from './SignatureList';
import { useAutosave } from './useAutosave';
import { useRevisionDescriber } from './useRevisionDescriber';
import { useSaveShortcut } from './useSaveShortcut';

const FINAL = ['effective', 'superseded', 'obsolete'];

/**
 * The unsaved copy kept in this browser, unless it is what the server already has, or cannot be loaded
 * (restoring it would let the editor drop what it does not know, and save that).
 */
function unsavedCopy(revisionId: string, server: Content): LocalCopy | null {
  const copy = readLocalCopy(revisionId);
  if (!copy) return null;
  const checked = checkStoredContent(copy.content, null);
  if (checked.ok && !sameContent(checked.content, server)) return { ...copy, content: checked.content };
  clearLocalCopy(revisionId);
  return null;
}

export function RevisionWorkspace({ doc, revision, onReload, find }: { doc: QmsDocument; revision: Revision; onReload: () => void; find?: string }) {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const describe = useRevisionDescriber();
  const loaded = useMemo(() => checkStoredContent(revision.content, revision.contentError), [revision.content, revision.contentError]);
  const abilities = revisionAbilities(revision, doc, user);
  // A file body is read as its text view; it is changed by uploading another file.
  const mayEdit = abilities.edit && loaded.ok && !revision.file;
  const autosave = useAutosave({ revisionId: revision.id, version: revision.version, enabled: mayEdit });
  const [copy, setCopy] = useState(() => (mayEdit && loaded.ok ? unsavedCopy(revision.id, loaded.content) : null));
  const [shown, setShown] = useState(() => ({ content: loaded.ok ? loaded.content : null, key: 0 }));

  useEffect(() => {
    if (FINAL.includes(revision.status)) clearLocalCopy(revision.id);
  }, [revision.id, revision.status]);

  const restore = (c: LocalCopy) => {
    setShown((s) => ({ content: c.content, key: s.key + 1 }));
    setCopy(null);
    autosave.change(c.content);
  };
  const dropCopy = () => {
    clearLocalCopy(revision.id);
    setCopy(null);
  };
  useSaveShortcut(mayEdit ? () => void autosave.settle() : null);
  const prepare = async () => ((await autosave.settle()) ? autosave.version() : null);
  const conflict = autosave.state.kind === 'conflict' ? autosave.state.message : null;

  const details = [
    revision.changeReason && { key: 'reason', label: t('revisions.fields.changeReason'), children: revision.changeReason },
    revision.effectiveDate && { key: 'effective', label: t('revisions.fields.effectiveDate'), children: formatDate(revision.effectiveDate) },
    { key: 'author', label: t('revisions.fields.author'), children: revision.authorName ?? t('common.empty') },
  ].filter((x) => !!x);

  return (
    <>
      <PageHeader
        title={`${doc.number}  ${doc.title}`}
        sub={
          <Flex gap={8} align="center">
            <Typography.Text strong data-testid="revision-label">
              {t('revisions.labelShort', { label: revision.label })}
            </Typography.Text>
            <RevisionStatusTag status={revision.status} />
          </Flex>
        }
        extra={
          <>
            <Button onClick={() => navigate(documentPath(doc.id))}>{t('revisions.backToDocument')}</Button>
            {loaded.ok && <ExportWordButton revisionId={revision.id} status={revision.status} language={revision.language} documentType={doc.type} />}
            {abilities.edit && <FileBodyButtons revision={revision} onChanged={onReload} />}
            <RevisionActions revision={revision} abilities={abilities} contentOk={loaded.ok} prepare={prepare} onChanged={onReload} signerId={user.id} />
          </>
        }
      />
      {!loaded.ok && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} data-testid="content-error" title={t('revisions.contentError.title')} description={t('revisions.contentError.body', { error: loaded.error })} />
      )}
      {conflict && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="save-conflict"
          title={conflict}
          description={t('revisions.conflict.help')}
          action={<Button onClick={onReload}>{t('revisions.conflict.reload')}</Button>}
        />
      )}
      {copy && <RestoreBanner copy={copy} serverVersion={revision.version} onRestore={() => restore(copy)} onDiscard={dropCopy} />}
      {revision.status === 'draft' && revision.rejection && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('revisions.rejected', { comment: revision.rejection })} />
      )}
      {revision.file && <FileBodyCard revision={revision} />}
      {loaded.ok && !mayEdit && !revision.file && <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="read-only" title={t(`revisions.readOnly.${revision.status}`)} />}
      {shown.content ? (
        <RegulationEditor
          key={shown.key}
          content={shown.content}
          language={revision.language}
          initialFind={find}
          editable={mayEdit && !copy && !conflict}
          onChange={mayEdit ? autosave.change : undefined}
          footer={mayEdit && <SaveStatus state={autosave.state} onRetry={() => void autosave.retry()} />}
        />
      ) : (
        !loaded.ok && (
          <Card size="small" title={t('revisions.contentError.salvage')}>
            <div className="editor-salvage">{loaded.text.join('\n') || t('common.empty')}</div>
          </Card>
        )
      )}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('revisions.signatures.title')}>
            <Descriptions size="small" column={1} items={details} style={{ marginBottom: 12 }} />
            {revision.origin === 'content' && <RouteSteps revision={revision} />}
            <SignatureList signatures={revision.signatures} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <HistoryPanel key={revision.version} entity="revision" entityId={revision.id} describe={describe} title={t('revisions.history.title')} />
        </Col>
      </Row>
    </>
  );
}
