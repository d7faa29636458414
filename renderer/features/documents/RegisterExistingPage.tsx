import { CheckCircleOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Empty, Flex, Input, Result, Table, Tag, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QmsDocument } from '../../../shared/documents/contract';
import { call } from '../../api/client';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { useSignedIn } from '../auth/session-context';
import { FILE_BODY_ACCEPT, uploadFile } from '../revisions/FileBody';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { documentPath, href, navigate } from '../shell/router';
import { registerPath } from './listState';

interface Row {
  label: string;
  date: Dayjs | null;
  file: File | null;
  /** Set once registered, or the server's words when it refused. */
  done?: true;
  error?: string;
}

/**
 * 登记现行版本 in bulk: every register entry not yet under document control, each with its version in force,
 * effective date and current file (or none); one password signs them all as "registered".
 */
export function RegisterExistingPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSignedIn();
  const list = useApi('documents.list', { statuses: ['draft'], sort: 'number', dir: 'asc', pageSize: 200 });
  const [rows, setRows] = useState<Record<string, Row>>({});
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  if (!can('revisions.register', user.role)) return <Result status="403" title={t('shell.forbidden')} />;

  const docs = (list.data?.items ?? []).filter((d) => !d.controlled);
  const rowOf = (d: QmsDocument): Row => rows[d.id] ?? { label: d.versionLabel, date: null, file: null };
  const set = (id: string, change: Partial<Row>) => setRows((all) => ({ ...all, [id]: { ...(all[id] ?? { label: 'A/0', date: null, file: null }), ...change } }));
  const ready = docs.filter((d) => !rowOf(d).done && rowOf(d).date && rowOf(d).label.trim());

  async function registerAll() {
    setBusy(true);
    let count = 0;
    for (const d of ready) {
      const row = rowOf(d);
      try {
        const attachmentId = row.file ? await uploadFile(row.file) : undefined;
        await call('revisions.register', {
          documentId: d.id,
          label: row.label.trim(),
          effectiveDate: row.date!.format('YYYY-MM-DD'),
          password,
          ...(attachmentId ? { attachmentId } : {}),
        });
        set(d.id, { done: true, error: undefined });
        count += 1;
      } catch (e) {
        set(d.id, { error: e instanceof Error ? e.message : String(e) });
      }
    }
    setBusy(false);
    message.info(t('approval.bulk.done', { count }));
  }

  return (
    <>
      <PageHeader title={t('approval.bulk.title')} extra={<Button onClick={() => navigate(registerPath())}>{t('documents.detail.back')}</Button>} />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('approval.register.intro')} />
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      <Table<QmsDocument>
        rowKey="id"
        size="small"
        loading={list.loading}
        pagination={false}
        dataSource={docs}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('approval.bulk.empty')} /> }}
        data-testid="bulk-register"
        columns={[
          { key: 'number', title: t('documents.fields.number'), width: 140, render: (_, d) => <a href={href(documentPath(d.id))} className="mono">{d.number}</a> },
          { key: 'title', title: t('documents.fields.title'), dataIndex: 'title' },
          {
            key: 'label',
            title: t('approval.register.label'),
            width: 120,
            render: (_, d) => <Input size="small" value={rowOf(d).label} disabled={!!rowOf(d).done} onChange={(e) => set(d.id, { label: e.target.value })} data-testid={`bulk-label-${d.number}`} />,
          },
          {
            key: 'date',
            title: t('approval.register.effectiveDate'),
            width: 160,
            render: (_, d) => (
              <DatePicker size="small" value={rowOf(d).date} disabled={!!rowOf(d).done} disabledDate={(x) => x.isAfter(dayjs(), 'day')} onChange={(date) => set(d.id, { date })} data-testid={`bulk-date-${d.number}`} />
            ),
          },
          {
            key: 'file',
            title: t('approval.register.file'),
            width: 240,
            render: (_, d) => (
              <Upload accept={FILE_BODY_ACCEPT} maxCount={1} showUploadList={false} disabled={!!rowOf(d).done} beforeUpload={(f) => (set(d.id, { file: f }), false)}>
                <Button size="small" icon={<UploadOutlined />}>
                  {rowOf(d).file?.name ?? t('approval.register.pick')}
                </Button>
              </Upload>
            ),
          },
          {
            key: 'result',
            title: '',
            width: 200,
            render: (_, d) =>
              rowOf(d).done ? (
                <Tag icon={<CheckCircleOutlined />} color="green">
                  {t('approval.bulk.registered')}
                </Tag>
              ) : (
                rowOf(d).error && <Typography.Text type="danger">{rowOf(d).error}</Typography.Text>
              ),
          },
        ]}
      />
      <Flex gap={8} align="center" justify="flex-end" style={{ marginTop: 16 }}>
        <Typography.Text>{t('approval.register.password')}</Typography.Text>
        <Input.Password style={{ width: 220 }} value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" data-testid="bulk-password" />
        <Button type="primary" loading={busy} disabled={!ready.length || !password} onClick={() => void registerAll()} data-testid="bulk-submit">
          {t('approval.bulk.submit', { count: ready.length })}
        </Button>
      </Flex>
    </>
  );
}
