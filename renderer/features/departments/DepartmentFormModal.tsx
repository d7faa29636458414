import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/departments/contract';
import { call, isApiError } from '../../api/client';
import { applyFieldErrors } from '../../api/formErrors';

interface Values {
  name: string;
  code: string;
}

export function DepartmentFormModal({ department, onClose, onSaved }: { department?: Department; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    setBusy(true);
    const fields = { name: values.name.trim(), code: (values.code ?? '').trim() };
    try {
      if (department) await call('departments.update', { id: department.id, version: department.version, ...fields });
      else await call('departments.create', fields);
      message.success(t('departments.saved'));
      onSaved();
    } catch (e) {
      setBusy(false);
      if (isApiError(e, 'CONFLICT') && e.message.includes(fields.name)) form.setFields([{ name: 'name', errors: [e.message] }]);
      else if (!applyFieldErrors(form, e)) message.error(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Modal
      open
      title={department ? t('departments.editTitle') : t('departments.createTitle')}
      okText={department ? t('common.save') : t('common.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: 'department', loading: busy, ...{ 'data-testid': 'department-submit' } }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="department"
        layout="vertical"
        onFinish={submit}
        disabled={busy}
        initialValues={{ name: department?.name ?? '', code: department?.code ?? '' }}
      >
        <Form.Item name="name" label={t('departments.name')} rules={[{ required: true, whitespace: true }, { max: 64 }]}>
          <Input data-testid="department-name" autoFocus />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('departments.code')}
          extra={t('departments.codeHelp')}
          normalize={(v: string) => v.toUpperCase()}
          rules={[{ max: 16 }, { pattern: /^[A-Za-z0-9-]*$/, message: t('departments.codeRule') }]}
        >
          <Input data-testid="department-code" className="mono" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
