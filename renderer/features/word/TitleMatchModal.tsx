import { Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { isTitleMatch, type TitleMatch } from '../../../shared/word/title-match';
import { ApiCallError } from '../../api/client';

/** The existing document a refused import named (CONFLICT word.titleExists), if that was the refusal. */
export function titleMatchOf(e: unknown): TitleMatch | null {
  return e instanceof ApiCallError && e.code === 'CONFLICT' && isTitleMatch(e.details) ? e.details : null;
}

interface Props {
  match: TitleMatch;
  busy: boolean;
  onRevision: () => void;
  onNewDocument: () => void;
  onCancel: () => void;
}

/** A Word file whose title a document already has: its next revision (the usual wish), or a new document after all. */
export function TitleMatchModal({ match, busy, onRevision, onNewDocument, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('office.titleMatch.title', { number: match.number, title: match.title })}
      onCancel={onCancel}
      footer={[
        <Button key="cancel" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>,
        <Button key="new" onClick={onNewDocument} disabled={busy} data-testid="title-match-new">
          {t('office.titleMatch.newDocument')}
        </Button>,
        <Button key="revision" type="primary" onClick={onRevision} loading={busy} data-testid="title-match-revision">
          {t('office.titleMatch.addRevision')}
        </Button>,
      ]}
    >
      {t('office.titleMatch.body')}
    </Modal>
  );
}
