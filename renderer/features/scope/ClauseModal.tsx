import { App, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScopeClause } from '../../../shared/scope/contract';
import { call } from '../../api/client';

/** Applicable, or excluded with a justification (required). */
export function ClauseModal({ clause, onClose, onSaved }: { clause: ScopeClause; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ applicable: boolean; justification: string }>();
  const applicable = Form.useWatch('applicable', form) ?? clause.applicable;
  async function save() {
    const v = await form.validateFields();
    try {
      await call('scope.setClause', { clause: clause.clause as '8.3', version: clause.version, applicable: v.applicable, justification: v.applicable ? '' : v.justification });
      message.success(t('scope.saved'));
      onSaved();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }
  const name = i18n.language === 'en' ? clause.nameEn : clause.nameZh;
  return (
    <Modal open title={`${t('scope.editClause', { clause: clause.clause })} · ${name}`} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ applicable: clause.applicable, justification: clause.justification ?? '' }}>
        <Form.Item name="applicable" label={t('scope.applicability')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t('scope.applicable') },
              { value: false, label: t('scope.excluded') },
            ]}
          />
        </Form.Item>
        {!applicable && (
          <Form.Item name="justification" label={t('scope.justification')} rules={[{ required: true, whitespace: true, message: t('scope.justificationRequired') }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
