import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Table, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTEXT_KINDS, RISK_SOURCES, RISK_STATUSES, type ContextItem, type Risk } from '../../../shared/risks/contract';
import { call } from '../../api/client';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { useFormAction } from '../../api/useFormAction';
import { formatDate } from '../../i18n/format';
import { useSignedIn } from '../auth/session-context';
import { PersonSelect } from '../capa/pickers';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { RiskHeatmap } from './RiskHeatmap';

const LEVEL_COLORS = { low: 'green', medium: 'gold', high: 'red' } as const;

/** The risk and opportunity register with its heat map, and the context lists (4.1, 4.2, 6.1). */
export function RisksPage() {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const risks = useApi('risks.list', {});
  const [editing, setEditing] = useState<Risk | 'new' | null>(null);
  const manager = can('risks.create', user.role);
  const columns = [
    { title: t('risks.cols.number'), dataIndex: 'number', width: 80 },
    { title: t('risks.cols.kind'), dataIndex: 'kind', width: 70, render: (k: Risk['kind']) => t(`risks.kinds.${k}`) },
    { title: t('risks.cols.description'), dataIndex: 'description', width: 240 },
    { title: t('risks.cols.source'), width: 200, render: (_: unknown, r: Risk) => `${t(`risks.sources.${r.sourceKind}`)}${r.sourceName ? `：${r.sourceName}` : ''}` },
    { title: t('risks.cols.score'), width: 120, render: (_: unknown, r: Risk) => <Tag color={LEVEL_COLORS[r.level]}>{`${r.likelihood}×${r.impact}=${r.score} ${t(`risks.levels.${r.level}`)}`}</Tag> },
    { title: t('risks.cols.treatment'), dataIndex: 'treatment', ellipsis: true },
    { title: t('risks.cols.owner'), dataIndex: 'ownerName', width: 90 },
    { title: t('risks.cols.status'), dataIndex: 'status', width: 90, render: (s: Risk['status']) => t(`risks.statuses.${s}`) },
    { title: t('risks.cols.review'), dataIndex: 'reviewDate', width: 150, render: (d: string, r: Risk) => (r.reviewDue ? <Typography.Text type="danger">{formatDate(d)} · {t('risks.reviewDue')}</Typography.Text> : formatDate(d)) },
    { title: t('risks.cols.actions'), width: 70, render: (_: unknown, r: Risk) => `${r.actions.filter((a) => a.status === 'done').length}/${r.actions.filter((a) => a.status !== 'cancelled').length}` },
  ];
  const register = (
    <Flex vertical gap={16}>
      <Card size="small" title={t('risks.heatmap')}>
        <Flex gap={24} align="end" wrap>
          {risks.data && <RiskHeatmap risks={risks.data.items} matrix={risks.data.matrix} />}
          {risks.data && <Typography.Text type="secondary">{t('risks.matrix', risks.data.matrix)}</Typography.Text>}
        </Flex>
      </Card>
      <Table<Risk>
        scroll={{ x: 1200 }}
        rowKey="id"
        size="small"
        loading={risks.loading}
        dataSource={risks.data?.items ?? []}
        columns={columns}
        pagination={{ pageSize: 15 }}
        onRow={(r) => ({ onClick: () => manager && setEditing(r) })}
        data-testid="risk-table"
      />
    </Flex>
  );
  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('risks.title')}
        extra={manager && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="risk-new">{t('risks.new')}</Button>}
      />
      {risks.error && <LoadError error={risks.error} onRetry={risks.reload} />}
      <Tabs items={[{ key: 'register', label: t('risks.register'), children: register }, { key: 'context', label: t('risks.context'), children: <ContextLists manager={manager} /> }]} />
      {editing && <RiskModal risk={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={() => (setEditing(null), risks.reload())} />}
    </Flex>
  );
}

function ContextLists({ manager }: { manager: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useApi('context.list', {});
  const [drafts, setDrafts] = useState<Record<string, { title: string; detail: string }>>({});
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      list.reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Flex vertical gap={16}>
      {CONTEXT_KINDS.map((kind) => {
        const d = drafts[kind] ?? { title: '', detail: '' };
        return (
          <Card key={kind} size="small" title={t(`risks.contextKinds.${kind}`)} data-testid={`context-${kind}`}>
            <Table<ContextItem>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={(list.data ?? []).filter((c) => c.kind === kind && c.active)}
              columns={[
                { title: t('risks.contextCols.title'), dataIndex: 'title', width: 220 },
                { title: t('risks.contextCols.detail'), dataIndex: 'detail' },
                { title: t('risks.contextCols.recorded'), dataIndex: 'recordedOn', width: 130, render: (x: string) => formatDate(x) },
                { title: t('risks.contextCols.reviewed'), dataIndex: 'reviewedOn', width: 130, render: (x: string | null) => formatDate(x) },
                ...(manager ? [{ title: '', width: 90, render: (_: unknown, c: ContextItem) => <Button size="small" onClick={() => act(() => call('context.review', { id: c.id, version: c.version }))}>{t('risks.markReviewed')}</Button> }] : []),
              ]}
            />
            {manager && (
              <Flex gap={8} style={{ marginTop: 8 }}>
                <Input value={d.title} placeholder={t('risks.contextCols.title')} style={{ width: 220 }} maxLength={200} onChange={(e) => setDrafts({ ...drafts, [kind]: { ...d, title: e.target.value } })} />
                <Input value={d.detail} placeholder={t('risks.contextCols.detail')} maxLength={2000} onChange={(e) => setDrafts({ ...drafts, [kind]: { ...d, detail: e.target.value } })} />
                <Button disabled={!d.title.trim()} onClick={() => act(async () => (await call('context.save', { kind, title: d.title, detail: d.detail }), setDrafts({ ...drafts, [kind]: { title: '', detail: '' } })))}>
                  {t('risks.addContext')}
                </Button>
              </Flex>
            )}
          </Card>
        );
      })}
    </Flex>
  );
}

interface Values {
  kind: Risk['kind'];
  description: string;
  sourceKind: Risk['sourceKind'];
  likelihood: number;
  impact: number;
  treatment?: string;
  ownerPersonId: string;
  status: Risk['status'];
  reviewDate: Dayjs;
}

function RiskModal({ risk, onClose, onSaved }: { risk: Risk | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useFormAction(form);
  const initial = risk ? { ...risk, reviewDate: dayjs(risk.reviewDate) } : { kind: 'risk', sourceKind: 'other', likelihood: 3, impact: 3, status: 'open', reviewDate: dayjs().add(90, 'day') };
  return (
    <Modal open title={risk ? `${risk.number} ${risk.description}` : t('risks.new')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} okText={t('risks.save')} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) =>
          run(async () => {
            const fields = { kind: v.kind, description: v.description, sourceKind: v.sourceKind, sourceId: risk?.sourceId ?? null, likelihood: v.likelihood, impact: v.impact, treatment: v.treatment ?? '', ownerPersonId: v.ownerPersonId, status: v.status, reviewDate: v.reviewDate.format('YYYY-MM-DD') };
            if (risk) await call('risks.update', { id: risk.id, version: risk.version, ...fields });
            else await call('risks.create', fields);
            onSaved();
          })
        }
      >
        <Form.Item name="kind" label={t('risks.cols.kind')}>
          <Select options={(['risk', 'opportunity'] as const).map((k) => ({ value: k, label: t(`risks.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('risks.cols.description')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="sourceKind" label={t('risks.cols.source')}>
          <Select options={RISK_SOURCES.map((k) => ({ value: k, label: t(`risks.sources.${k}`) }))} />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="likelihood" label={t('risks.likelihood')}>
            <InputNumber min={1} max={5} />
          </Form.Item>
          <Form.Item name="impact" label={t('risks.impact')}>
            <InputNumber min={1} max={5} />
          </Form.Item>
          <Form.Item name="status" label={t('risks.cols.status')}>
            <Select style={{ width: 120 }} options={RISK_STATUSES.map((k) => ({ value: k, label: t(`risks.statuses.${k}`) }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="treatment" label={t('risks.cols.treatment')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="ownerPersonId" label={t('risks.cols.owner')} rules={[{ required: true }]}>
          <PersonSelect known={risk ? { id: risk.ownerPersonId, name: risk.ownerName } : null} />
        </Form.Item>
        <Form.Item name="reviewDate" label={t('risks.cols.review')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
