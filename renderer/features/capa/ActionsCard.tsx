import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_KINDS, type Action } from '../../../shared/actions/contract';
import type { Capa } from '../../../shared/capa/contract';
import { call } from '../../api/client';
import { useFormAction } from '../../api/useFormAction';
import { formatDate } from '../../i18n/format';
import { useSignedIn } from '../auth/session-context';
import { PersonSelect } from './pickers';

const LOCKED = ['closed', 'cancelled'];

/** The action plan (the shared actions piece) and its implementation: done with a date, a note and evidence. */
export function ActionsCard({ capa, onChanged }: { capa: Capa; onChanged: () => void }) {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const [adding, setAdding] = useState(false);
  const [completing, setCompleting] = useState<Action | null>(null);
  const manage = capa.mayWork && !LOCKED.includes(capa.status);
  const columns = [
    { title: '#', width: 40, render: (_: unknown, __: Action, i: number) => i + 1 },
    { title: t('capa.page.description'), dataIndex: 'description', render: (d: string, a: Action) => (
      <Space direction="vertical" size={0}>
        {d}
        {a.doneNote && <Typography.Text type="secondary">{a.doneNote}</Typography.Text>}
      </Space>
    ) },
    { title: t('capa.page.kind'), dataIndex: 'kind', width: 100, render: (k: Action['kind']) => t(`capa.page.kinds.${k}`) },
    { title: t('capa.page.owner'), dataIndex: 'ownerName', width: 100 },
    { title: t('capa.page.due'), dataIndex: 'dueDate', width: 120, render: (d: string, a: Action) => (a.overdue ? <Typography.Text type="danger">{formatDate(d)}</Typography.Text> : formatDate(d)) },
    {
      title: t('capa.page.actionStatus'),
      dataIndex: 'status',
      width: 100,
      render: (s: Action['status']) => <Tag color={s === 'done' ? 'success' : s === 'open' ? 'processing' : 'default'}>{t(`capa.page.actionStates.${s}`)}</Tag>,
    },
    { title: t('capa.page.doneOn'), dataIndex: 'doneOn', width: 110, render: (d: string | null) => formatDate(d) },
    {
      title: '',
      width: 90,
      render: (_: unknown, a: Action) =>
        a.status === 'open' && !LOCKED.includes(capa.status) && (manage || a.ownerName === user.displayName) ? (
          <Button size="small" onClick={() => setCompleting(a)} data-testid={`capa-complete-action-${a.id}`}>
            {t('capa.page.complete')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Card
      title={t('capa.page.actions')}
      size="small"
      extra={
        manage && (
          <Button icon={<PlusOutlined />} size="small" onClick={() => setAdding(true)} data-testid="capa-add-action">
            {t('capa.page.addAction')}
          </Button>
        )
      }
    >
      <Table<Action> rowKey="id" size="small" pagination={false} dataSource={capa.actions} columns={columns} data-testid="capa-actions" />
      {adding && <AddActionModal capa={capa} onClose={() => setAdding(false)} onSaved={() => (setAdding(false), onChanged())} />}
      {completing && <CompleteActionModal action={completing} onClose={() => setCompleting(null)} onSaved={() => (setCompleting(null), onChanged())} />}
    </Card>
  );
}

function AddActionModal({ capa, onClose, onSaved }: { capa: Capa; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ description: string; kind: Action['kind']; ownerPersonId: string; dueDate: Dayjs }>();
  const { busy, run } = useFormAction(form);
  return (
    <Modal open title={t('capa.page.addAction')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'corrective', ownerPersonId: capa.ownerPersonId, dueDate: dayjs().add(14, 'day') }}
        onFinish={(v) =>
          run(async () => {
            await call('actions.add', { parentType: 'capa', parentId: capa.id, kind: v.kind, description: v.description, ownerPersonId: v.ownerPersonId, dueDate: v.dueDate.format('YYYY-MM-DD') });
            onSaved();
          })
        }
      >
        <Form.Item name="description" label={t('capa.page.description')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={2} data-testid="capa-action-description" />
        </Form.Item>
        <Form.Item name="kind" label={t('capa.page.kind')}>
          <Select options={ACTION_KINDS.map((k) => ({ value: k, label: t(`capa.page.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="ownerPersonId" label={t('capa.page.owner')} rules={[{ required: true }]}>
          <PersonSelect known={{ id: capa.ownerPersonId, name: capa.ownerName }} />
        </Form.Item>
        <Form.Item name="dueDate" label={t('capa.page.due')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CompleteActionModal({ action, onClose, onSaved }: { action: Action; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ doneOn: Dayjs; note?: string }>();
  const { busy, run } = useFormAction(form);
  return (
    <Modal open title={`${t('capa.page.complete')}：${action.description}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ doneOn: dayjs() }}
        onFinish={(v) =>
          run(async () => {
            await call('actions.complete', { id: action.id, version: action.version, doneOn: v.doneOn.format('YYYY-MM-DD'), note: v.note ?? '' });
            message.success(t('org.saved'));
            onSaved();
          })
        }
      >
        <Form.Item name="doneOn" label={t('capa.page.doneOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="note" label={t('capa.page.note')}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="capa-action-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
