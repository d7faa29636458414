import { CheckOutlined, CloseOutlined, DeleteOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../shared/revisions/contract';
import { call } from '../../api/client';
import { documentPath, navigate } from '../shell/router';
import { clearLocalCopy } from './localCopy';
import { RejectModal } from './RejectModal';
import type { RevisionAbilities } from './revisionRules';
import { SignModal } from './SignModal';
import { SubmitModal } from './SubmitModal';

interface Props {
  revision: RevisionSummary;
  abilities: RevisionAbilities;
  /** False when the content could not be loaded: such a revision can be neither submitted nor signed here. */
  contentOk: boolean;
  /** Saves pending edits; the version to act on, or null when they could not be saved. */
  prepare: () => Promise<number | null>;
  onChanged: () => void;
  signerId: string;
}

/** Submit, sign, reject and discard, each offered only to whoever may do it. */
export function RevisionActions({ revision, abilities, contentOk, prepare, onChanged, signerId }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [dialog, setDialog] = useState<'submit' | 'sign' | 'reject' | null>(null);
  const done = () => {
    setDialog(null);
    onChanged();
  };

  const discard = () =>
    modal.confirm({
      title: t('revisions.discard.title', { label: revision.label }),
      content: t('revisions.discard.body'),
      okText: t('revisions.discard.ok'),
      okButtonProps: { danger: true, 'data-testid': 'discard-ok' },
      onOk: async () => {
        try {
          const version = await prepare();
          await call('revisions.discard', { id: revision.id, version: version ?? revision.version });
          clearLocalCopy(revision.id);
          message.success(t('revisions.discard.done', { label: revision.label }));
          navigate(documentPath(revision.documentId));
        } catch (e) {
          message.error(e instanceof Error ? e.message : String(e));
        }
      },
    });

  const withdraw = () =>
    modal.confirm({
      title: t('approval.withdraw.title', { label: revision.label }),
      content: t('approval.withdraw.body'),
      okText: t('approval.withdraw.ok'),
      okButtonProps: { 'data-testid': 'withdraw-ok' },
      onOk: async () => {
        try {
          await call('revisions.withdraw', { id: revision.id, version: revision.version });
          message.success(t('approval.withdraw.done', { label: revision.label }));
          onChanged();
        } catch (e) {
          message.error(e instanceof Error ? e.message : String(e));
        }
      },
    });

  return (
    <>
      {abilities.submit && contentOk && (
        <Button type="primary" icon={<SendOutlined />} onClick={() => setDialog('submit')} data-testid="revision-submit">
          {t('revisions.actions.submit')}
        </Button>
      )}
      {abilities.sign && contentOk && (
        <Button type="primary" icon={<CheckOutlined />} onClick={() => setDialog('sign')} data-testid="revision-sign">
          {t('revisions.actions.sign')}
        </Button>
      )}
      {abilities.reject && (
        <Button danger icon={<CloseOutlined />} onClick={() => setDialog('reject')} data-testid="revision-reject">
          {t('revisions.actions.reject')}
        </Button>
      )}
      {abilities.withdraw && (
        <Button icon={<RollbackOutlined />} onClick={withdraw} data-testid="revision-withdraw">
          {t('approval.withdraw.button')}
        </Button>
      )}
      {abilities.discard && (
        <Button danger icon={<DeleteOutlined />} onClick={discard} data-testid="revision-discard">
          {t('revisions.actions.discard')}
        </Button>
      )}
      {dialog === 'submit' && <SubmitModal revision={revision} prepare={prepare} onClose={() => setDialog(null)} onDone={done} />}
      {dialog === 'sign' && <SignModal revision={revision} signerId={signerId} onClose={() => setDialog(null)} onDone={done} />}
      {dialog === 'reject' && <RejectModal revision={revision} onClose={() => setDialog(null)} onDone={done} />}
    </>
  );
}
