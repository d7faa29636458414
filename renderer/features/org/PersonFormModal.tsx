import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitNode } from '../../../shared/departments/contract';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../api/formErrors';
import { useApi } from '../../api/useApi';

interface Values {
  name: string;
  employeeNo: string;
  phone: string;
  userId: string | null;
  positionId: string | null;
}

/** A new staff record (most staff never sign in), optionally with its primary position in this unit. */
export function PersonFormModal({ unit, onClose, onSaved }: { unit: UnitNode; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const users = useApi('users.directory', {});
  const positions = useApi('positions.list', { departmentId: unit.id, pageSize: 200 });

  async function submit(v: Values) {
    setBusy(true);
    try {
      const person = await call('people.create', { name: v.name.trim(), employeeNo: (v.employeeNo ?? '').trim(), phone: (v.phone ?? '').trim(), userId: v.userId ?? null });
      if (v.positionId) await call('people.assign', { id: person.id, version: person.version, positionId: v.positionId, primary: true });
      message.success(t('org.saved'));
      onSaved();
    } catch (e) {
      setBusy(false);
      if (!applyFieldErrors(form, e)) message.error(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Modal
      open
      title={t('org.person.new')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: 'person', loading: busy, ...{ 'data-testid': 'person-submit' } }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} name="person" layout="vertical" onFinish={submit} disabled={busy} initialValues={{ userId: null, positionId: null }}>
        <Form.Item name="name" label={t('org.person.name')} rules={[{ required: true, whitespace: true }, { max: 64 }]}>
          <Input autoFocus data-testid="person-name" />
        </Form.Item>
        <Form.Item name="employeeNo" label={t('org.person.employeeNo')} rules={[{ max: 32 }]}>
          <Input className="mono" data-testid="person-employee-no" />
        </Form.Item>
        <Form.Item name="phone" label={t('org.person.phone')} rules={[{ max: 32 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="userId" label={t('org.person.account')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('org.person.noAccount')}
            options={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
          />
        </Form.Item>
        <Form.Item name="positionId" label={`${t('org.person.primary')} · ${unit.name}`}>
          <Select allowClear options={(positions.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))} data-testid="person-position" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
