import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../shared/revisions/contract';
import { call } from '../../api/client';
import { useFormAction } from '../../api/useFormAction';
import { shortHash } from './SignatureList';

interface Values {
  password: string;
  comment: string;
}

interface Props {
  revision: RevisionSummary;
  /** The signed-in person: a signature is only ever their own. */
  signerId: string;
  onClose: () => void;
  onDone: (revision: RevisionSummary) => void;
}

/**
 * An electronic signature on the route's current step: its meaning comes from the route, the signer's
 * password is typed again, and the step, signer and content hash seen here are sent so that the server
 * refuses the signature if any of them changed meanwhile.
 */
export function SignModal({ revision, signerId, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // A failed signature never leaves the password behind; a wrong one is said under its field.
  const { busy, run } = useFormAction(form, (text) => {
    form.setFieldValue('password', '');
    return { password: text };
  });

  const step = revision.currentStep ?? 1;
  const meaning = revision.route?.[step - 1]?.meaning ?? 'approved';
  const meaningLabel = t(`revisions.meaning.${meaning}`);
  const submit = (values: Values) =>
    run(async () => {
      const comment = values.comment.trim();
      const done = await call('revisions.sign', {
        id: revision.id,
        version: revision.version,
        step,
        meaning,
        signerId,
        contentHash: revision.contentHash,
        password: values.password,
        ...(comment ? { comment } : {}),
      });
      message.success(t('approval.sign.done', { meaning: meaningLabel }));
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
      <Typography.Paragraph strong data-testid="sign-step">
        {t('approval.sign.step', { step, meaning: meaningLabel })}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name="signRevision"
        onFinish={submit}
        disabled={busy}
        initialValues={{ password: '', comment: '' }}
      >
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
