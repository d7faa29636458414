import { Alert, App, Form, Input, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../shared/revisions/contract';
import { call } from '../../api/client';
import { useFormAction } from '../../api/useFormAction';
import { shortHash } from './SignatureList';

interface Values {
  meaning: 'reviewed' | 'approved';
  password: string;
  comment: string;
}

interface Props {
  revision: RevisionSummary;
  /** False when the signer wrote the revision and self-approval is off. */
  mayApprove: boolean;
  onClose: () => void;
  onDone: (revision: RevisionSummary) => void;
}

/** An electronic signature: its meaning, the signer's password typed again, and the content hash it covers. */
export function SignModal({ revision, mayApprove, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // A failed signature never leaves the password behind; a wrong one is said under its field.
  const { busy, run } = useFormAction(form, (text) => {
    form.setFieldValue('password', '');
    return { password: text };
  });

  const submit = (values: Values) =>
    run(async () => {
      const comment = values.comment.trim();
      const done = await call('revisions.sign', {
        id: revision.id,
        version: revision.version,
        meaning: values.meaning,
        password: values.password,
        ...(comment ? { comment } : {}),
      });
      message.success(t(`revisions.sign.done.${values.meaning}`, { label: revision.label }));
      onDone(done);
    });

  return (
    <Modal
      open
      title={t('revisions.sign.title', { label: revision.label })}
      okText={t('revisions.sign.ok')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'sign-ok' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('revisions.sign.intro', { hash: shortHash(revision.contentHash) })}
      </Typography.Paragraph>
      {!mayApprove && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('revisions.sign.selfApproval')} />}
      <Form<Values>
        form={form}
        layout="vertical"
        name="signRevision"
        onFinish={submit}
        disabled={busy}
        initialValues={{ meaning: mayApprove ? 'approved' : 'reviewed', password: '', comment: '' }}
      >
        <Form.Item name="meaning" label={t('revisions.sign.meaning')} rules={[{ required: true }]}>
          <Radio.Group data-testid="sign-meaning">
            <Radio value="reviewed">{t('revisions.meaning.reviewed')}</Radio>
            <Radio value="approved" disabled={!mayApprove} data-testid="sign-approved">
              {t('revisions.meaning.approved')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="password" label={t('revisions.sign.password')} extra={t('revisions.sign.passwordHelp')} rules={[{ required: true }]}>
          <Input.Password autoFocus autoComplete="current-password" data-testid="sign-password" />
        </Form.Item>
        <Form.Item name="comment" label={t('revisions.sign.comment')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} data-testid="sign-comment" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
