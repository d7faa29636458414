import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../../shared/editor/content';
import type { Position } from '../../../shared/org/contract';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../api/formErrors';
import { useApi } from '../../api/useApi';

interface Values {
  title: string;
  duties: string;
  education: string;
  qualifications: string;
  trainingTopics: string[];
  headcount: number;
  deputyPersonId: string | null;
}

/** Duties are kept as editor content in plain paragraphs: one duty per line. */
export function dutiesContent(text: string): Content | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length ? { schemaVersion: 1, doc: { type: 'doc', content: lines.map((l) => ({ type: 'paragraph', content: [{ type: 'text', text: l }] })) } } : null;
}

export function PositionFormModal({ departmentId, position, onClose, onSaved }: { departmentId: string; position?: Position; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [q, setQ] = useState('');
  const people = useApi('people.list', { q: q || undefined, pageSize: 50, active: true });

  async function submit(v: Values) {
    setBusy(true);
    const fields = {
      title: v.title.trim(),
      duties: dutiesContent(v.duties ?? ''),
      education: (v.education ?? '').trim(),
      qualifications: (v.qualifications ?? '').trim(),
      trainingTopics: (v.trainingTopics ?? []).map((x) => x.trim()).filter(Boolean),
      headcount: v.headcount ?? 1,
      deputyPersonId: v.deputyPersonId ?? null,
    };
    try {
      if (position) await call('positions.update', { id: position.id, version: position.version, ...fields });
      else await call('positions.create', { departmentId, ...fields });
      message.success(t('org.saved'));
      onSaved();
    } catch (e) {
      setBusy(false);
      if (!applyFieldErrors(form, e)) message.error(e instanceof Error ? e.message : String(e));
    }
  }

  const deputyOptions = [
    ...(position?.deputyPersonId && position.deputyName ? [{ value: position.deputyPersonId, label: position.deputyName }] : []),
    ...(people.data?.items ?? []).filter((p) => p.id !== position?.deputyPersonId).map((p) => ({ value: p.id, label: p.employeeNo ? `${p.name}（${p.employeeNo}）` : p.name })),
  ];
  return (
    <Modal
      open
      width={640}
      title={position ? t('org.position.edit') : t('org.position.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: 'position', loading: busy, ...{ 'data-testid': 'position-submit' } }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="position"
        layout="vertical"
        onFinish={submit}
        disabled={busy}
        initialValues={{
          title: position?.title ?? '',
          duties: position?.dutiesText ?? '',
          education: position?.education ?? '',
          qualifications: position?.qualifications ?? '',
          trainingTopics: position?.trainingTopics ?? [],
          headcount: position?.headcount ?? 1,
          deputyPersonId: position?.deputyPersonId ?? null,
        }}
      >
        <Form.Item name="title" label={t('org.position.title')} rules={[{ required: true, whitespace: true }, { max: 64 }]}>
          <Input data-testid="position-title" autoFocus />
        </Form.Item>
        <Form.Item name="duties" label={t('org.position.duties')} extra={t('org.position.dutiesHelp')}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} data-testid="position-duties" />
        </Form.Item>
        <Form.Item name="education" label={`${t('org.position.requirements')} · ${t('org.position.education')}`} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="qualifications" label={`${t('org.position.requirements')} · ${t('org.position.qualifications')}`} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="trainingTopics" label={t('org.position.trainingTopics')} extra={t('org.position.trainingTopicsHelp')}>
          <Select mode="tags" open={false} tokenSeparators={['；', ';', '，', ',']} />
        </Form.Item>
        <Form.Item name="headcount" label={t('org.position.headcount')}>
          <InputNumber min={0} max={10_000} />
        </Form.Item>
        <Form.Item name="deputyPersonId" label={t('org.position.deputy')}>
          <Select allowClear showSearch filterOption={false} onSearch={setQ} options={deputyOptions} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
