import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Process } from '../../../shared/scope/contract';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';

interface Values {
  code: string;
  name: string;
  ownerUnitId: string | null;
  order?: number;
}

/** Creates a process, or edits one (code, name, owner unit, order). */
export function ProcessModal({ process, onClose, onSaved }: { process: Process | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const tree = useApi('departments.tree', { includeClosed: false });
  const units = (tree.data ?? []).filter((u) => u.depth > 0).map((u) => ({ value: u.id, label: `${'\u3000'.repeat(u.depth - 1)}${u.name}` }));
  async function save() {
    const v = await form.validateFields();
    try {
      if (process) await call('processes.update', { id: process.id, version: process.version, code: v.code, name: v.name, ownerUnitId: v.ownerUnitId ?? null, ...(v.order !== undefined && { order: v.order }) });
      else await call('processes.create', { code: v.code, name: v.name, ownerUnitId: v.ownerUnitId ?? null, ...(v.order != null && { order: v.order }) });
      message.success(t('scope.saved'));
      onSaved();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <Modal open title={process ? t('scope.editProcess') : t('scope.newProcess')} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={process ? { code: process.code, name: process.name, ownerUnitId: process.ownerUnitId, order: process.order } : { ownerUnitId: null }}>
        <Form.Item name="code" label={t('scope.code')} rules={[{ required: true, whitespace: true, pattern: /^[A-Za-z0-9._-]+$/ }]}>
          <Input maxLength={32} data-testid="process-code" />
        </Form.Item>
        <Form.Item name="name" label={t('scope.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} data-testid="process-name" />
        </Form.Item>
        <Form.Item name="ownerUnitId" label={t('scope.owner')}>
          <Select allowClear showSearch optionFilterProp="label" options={units} loading={tree.loading} />
        </Form.Item>
        <Form.Item name="order" label={t('scope.order')}>
          <InputNumber min={0} max={100000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
