import { UploadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRAINING_METHODS } from '../../../shared/training/contract';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { fileToBase64 } from '../word/files';

interface Values {
  topicId: string;
  heldOn: Dayjs;
  trainer: string;
  hours: number;
  method: (typeof TRAINING_METHODS)[number];
  notes?: string;
}

/** One session entered once for many attendees, picked by unit or by position. */
export function RecordTrainingDrawer({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const topics = useApi('training.topicsList', {});
  const units = useApi('departments.tree', { includeClosed: false });
  const positions = useApi('positions.list', { pageSize: 500 });
  const [people, setPeople] = useState<{ value: string; label: string }[]>([]);
  const [attendees, setAttendees] = useState<string[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);

  async function pick(input: { unitId?: string; positionId?: string }) {
    const found = await call('training.pickPeople', input);
    setPeople((old) => [...new Map([...old, ...found.map((p) => ({ value: p.personId, label: `${p.name}（${p.unitName ?? ''}）` }))].map((o) => [o.value, o])).values()]);
    setAttendees((old) => [...new Set([...old, ...found.map((p) => p.personId)])]);
  }

  async function save(v: Values) {
    setBusy(true);
    try {
      const evidence = file ? await call('attachments.upload', { name: file.name, dataBase64: await fileToBase64(file) }) : null;
      await call('training.record', {
        topicId: v.topicId,
        heldOn: v.heldOn.format('YYYY-MM-DD'),
        trainer: v.trainer,
        hours: v.hours,
        method: v.method,
        notes: v.notes ?? '',
        attachmentId: evidence?.id ?? null,
        attendees: attendees.map((personId) => ({ personId, result: 'passed' as const })),
      });
      message.success(t('training.recorded'));
      onSaved();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Drawer
      open
      size={560}
      title={t('training.record')}
      onClose={onClose}
      extra={
        <Button type="primary" loading={busy} disabled={attendees.length === 0} onClick={() => form.submit()} data-testid="training-save">
          {t('common.save')}
        </Button>
      }
    >
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ heldOn: dayjs(), hours: 2, method: 'classroom' }}>
        <Form.Item name="topicId" label={t('training.cols.topic')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={(topics.data ?? []).map((x) => ({ value: x.id, label: x.title }))} data-testid="training-topic" />
        </Form.Item>
        <Space>
          <Form.Item name="heldOn" label={t('training.cols.heldOn')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="hours" label={t('training.cols.hours')} rules={[{ required: true }]}>
            <InputNumber min={0.5} max={1000} step={0.5} />
          </Form.Item>
          <Form.Item name="method" label={t('training.cols.method')} rules={[{ required: true }]}>
            <Select style={{ width: 130 }} options={TRAINING_METHODS.map((m) => ({ value: m, label: t(`training.methods.${m}`) }))} />
          </Form.Item>
        </Space>
        <Form.Item name="trainer" label={t('training.cols.trainer')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} data-testid="training-trainer" />
        </Form.Item>
        <Space style={{ marginBottom: 8 }} wrap>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder={t('training.pickUnit')}
            style={{ width: 220 }}
            value={null}
            onChange={(unitId: string) => void pick({ unitId })}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: `${'　'.repeat(u.depth)}${u.name}` }))}
            data-testid="training-pick-unit"
          />
          <Select
            showSearch
            optionFilterProp="label"
            placeholder={t('training.pickPosition')}
            style={{ width: 240 }}
            value={null}
            onChange={(positionId: string) => void pick({ positionId })}
            options={(positions.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.departmentName}·${p.title}` }))}
          />
        </Space>
        <Form.Item label={t('training.attendees')} required>
          <Select mode="multiple" value={attendees} onChange={setAttendees} options={people} maxTagCount={30} data-testid="training-attendees" />
        </Form.Item>
        <Form.Item name="notes" label={t('training.notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('training.evidence')}>
          <Upload beforeUpload={(f) => (setFile(f), false)} maxCount={1} onRemove={() => setFile(null)}>
            <Button icon={<UploadOutlined />}>{t('reading.upload')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
