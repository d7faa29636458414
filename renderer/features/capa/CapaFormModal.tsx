import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CAPA_SOURCES, SEVERITIES, type CapaSource } from '../../../shared/capa/contract';
import { call } from '../../api/client';
import { useFormAction } from '../../api/useFormAction';
import { PersonSelect, UnitSelect } from './pickers';

interface Values {
  title: string;
  sourceType: CapaSource;
  sourceRef?: string;
  unitId: string;
  ownerPersonId: string;
  verifierPersonId?: string | null;
  severity: 'minor' | 'major' | 'critical';
  what: string;
  where?: string;
  when?: string;
  extent?: string;
  dueDate: Dayjs;
}

/** Raises a corrective action from a source without a record here (inspection, external audit, other…): a text reference. */
export function CapaFormModal({ onClose, onSaved }: { onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useFormAction(form);
  const submit = (v: Values) =>
    run(async () => {
      const c = await call('capa.create', {
        title: v.title,
        sourceType: v.sourceType,
        sourceRef: v.sourceRef ?? '',
        unitId: v.unitId,
        ownerPersonId: v.ownerPersonId,
        verifierPersonId: v.verifierPersonId ?? null,
        severity: v.severity,
        problem: { what: v.what, where: v.where ?? '', when: v.when ?? '', extent: v.extent ?? '' },
        dueDate: v.dueDate.format('YYYY-MM-DD'),
      });
      onSaved(c.id);
    });
  return (
    <Modal open title={t('capa.new')} onCancel={onClose} onOk={() => form.submit()} okText={t('capa.form.save')} confirmLoading={busy} width={640} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ sourceType: 'inspection', severity: 'minor', dueDate: dayjs().add(30, 'day') }} data-testid="capa-form">
        <Form.Item name="title" label={t('capa.form.title')} rules={[{ required: true, max: 200 }]}>
          <Input data-testid="capa-form-title" />
        </Form.Item>
        <Form.Item label={t('capa.form.source')} style={{ marginBottom: 0 }}>
          <Form.Item name="sourceType" style={{ display: 'inline-block', width: 180, marginRight: 8 }}>
            <Select options={CAPA_SOURCES.filter((s) => s !== 'audit_finding').map((s) => ({ value: s, label: t(`capa.sources.${s}`) }))} />
          </Form.Item>
          <Form.Item name="sourceRef" style={{ display: 'inline-block', width: 'calc(100% - 188px)' }}>
            <Input placeholder={t('capa.form.sourceRef')} maxLength={200} />
          </Form.Item>
        </Form.Item>
        <Form.Item name="unitId" label={t('capa.form.unit')} rules={[{ required: true }]}>
          <UnitSelect testId="capa-form-unit" />
        </Form.Item>
        <Form.Item name="ownerPersonId" label={t('capa.form.owner')} rules={[{ required: true }]}>
          <PersonSelect testId="capa-form-owner" />
        </Form.Item>
        <Form.Item name="verifierPersonId" label={t('capa.form.verifier')}>
          <PersonSelect allowClear />
        </Form.Item>
        <Form.Item name="severity" label={t('capa.form.severity')}>
          <Select options={SEVERITIES.map((s) => ({ value: s, label: t(`capa.severities.${s}`) }))} />
        </Form.Item>
        <Form.Item name="what" label={t('capa.form.what')} rules={[{ required: true, max: 4000 }]}>
          <Input.TextArea rows={3} data-testid="capa-form-what" />
        </Form.Item>
        <Form.Item name="where" label={t('capa.form.where')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="when" label={t('capa.form.when')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="extent" label={t('capa.form.extent')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="dueDate" label={t('capa.form.due')} rules={[{ required: true }]}>
          <DatePicker data-testid="capa-form-due" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
