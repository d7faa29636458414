import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../shared/revisions/contract';
import { call } from '../../api/client';
import { useFormAction } from '../../api/useFormAction';

interface Values {
  changeReason: string;
  effectiveDate: Dayjs | null;
  password: string;
}

interface Props {
  revision: RevisionSummary;
  /** Saves pending edits first; the version to submit, or null when they could not be saved. */
  prepare: () => Promise<number | null>;
  onClose: () => void;
  onDone: (revision: RevisionSummary) => void;
}

export function SubmitModal({ revision, prepare, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // A wrong password is said under its field and never left behind.
  const { busy, run } = useFormAction(form, (text) => {
    form.setFieldValue('password', '');
    return { password: text };
  });

  const submit = (values: Values) =>
    run(async () => {
      const version = await prepare();
      if (version === null) {
        message.error(t('revisions.submit.unsaved'));
        return;
      }
      const done = await call('revisions.submit', {
        id: revision.id,
        version,
        changeReason: values.changeReason.trim(),
        effectiveDate: values.effectiveDate ? values.effectiveDate.format('YYYY-MM-DD') : null,
        password: values.password,
      });
      message.success(t('revisions.submit.done', { label: revision.label }));
      onDone(done);
    });

  return (
    <Modal
      open
      title={t('revisions.submit.title', { label: revision.label })}
      okText={t('revisions.submit.ok')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'submit-ok' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('revisions.submit.intro')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name="submitRevision" onFinish={submit} disabled={busy} initialValues={{ changeReason: '', effectiveDate: null, password: '' }}>
        <Form.Item name="changeReason" label={t('revisions.fields.changeReason')} rules={[{ required: true, whitespace: true }, { max: 1000 }]}>
          <Input.TextArea autoFocus rows={3} placeholder={t('revisions.submit.reasonPlaceholder')} data-testid="submit-reason" />
        </Form.Item>
        <Form.Item name="effectiveDate" label={t('revisions.fields.effectiveDate')} extra={t('revisions.submit.effectiveHelp')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="submit-effective" />
        </Form.Item>
        <Form.Item name="password" label={t('approval.submit.password')} extra={t('approval.submit.passwordHelp')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" data-testid="submit-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
