import { CheckCircleOutlined, DownloadOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadRow } from '../../../shared/reading/contract';
import { call } from '../../api/client';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useSignedIn } from '../auth/session-context';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { navigate, revisionPath } from '../shell/router';
import { base64ToBlob, download } from '../word/files';
import { PaperSignOffModal } from './PaperSignOffModal';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const READ_STATE_COLORS = { confirmed: 'green', pending: 'default', overdue: 'red' } as const;

/** 阅知确认 of one revision: the caller confirms their own reading; heads record paper sign-offs; managers see everyone. */
export function ReadingPage({ revisionId }: { revisionId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSignedIn();
  const status = useApi('reading.status', { revisionId });
  const [selected, setSelected] = useState<string[]>([]);
  const [recording, setRecording] = useState(false);
  const [busy, setBusy] = useState(false);
  const s = status.data;

  async function confirm() {
    setBusy(true);
    try {
      await call('reading.confirm', { revisionId });
      message.success(t('reading.confirmed'));
      status.reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  async function exportXlsx() {
    try {
      const file = await call('reading.exportXlsx', { revisionId });
      download(base64ToBlob(file.base64, XLSX_TYPE), file.fileName);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  const columns: TableColumnsType<ReadRow> = [
    { key: 'name', title: t('reading.cols.name'), render: (_, r) => r.name + (r.employeeNo ? ` (${r.employeeNo})` : '') },
    { key: 'unit', title: t('reading.cols.unit'), render: (_, r) => r.unitName ?? '' },
    { key: 'state', title: t('reading.cols.state'), width: 100, render: (_, r) => <Tag color={READ_STATE_COLORS[r.state]}>{t(`reading.states.${r.state}`)}</Tag> },
    { key: 'due', title: t('reading.cols.due'), width: 140, render: (_, r) => formatDate(r.dueAt.slice(0, 10)) },
    { key: 'confirmedAt', title: t('reading.cols.confirmedAt'), width: 170, render: (_, r) => (r.confirmedAt ? formatDateTime(r.confirmedAt) : '') },
    {
      key: 'how',
      title: t('reading.cols.how'),
      render: (_, r) =>
        r.confirmedAt &&
        (r.onPaper ? (
          <Space size={4} wrap>
            <Tag color="gold">{t('reading.paper', { date: formatDate(r.paperDate) })}</Tag>
            <Typography.Text type="secondary">{t('reading.recordedBy', { name: r.recordedBy ?? '' })}</Typography.Text>
            {r.attachmentId && <ScanLink id={r.attachmentId} />}
          </Space>
        ) : (
          <Tag color="green">{t('reading.self')}</Tag>
        )),
    },
  ];
  const mayRecordAny = s?.rows.some((r) => r.mayRecord) ?? false;

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={s ? `${t('reading.title')}：${s.revision.number} ${s.revision.title}（${s.revision.label}）` : t('reading.title')}
        extra={
          s && (
            <Space>
              <Button icon={<FileTextOutlined />} onClick={() => navigate(revisionPath(s.revision.documentId, s.revision.id))} data-testid="reading-open">
                {t('reading.open')}
              </Button>
              {can('reading.exportXlsx', user.role) && (
                <Button icon={<DownloadOutlined />} onClick={exportXlsx} data-testid="reading-export">
                  {t('reading.export')}
                </Button>
              )}
            </Space>
          )
        }
      />
      {status.error && <LoadError error={status.error} onRetry={status.reload} />}
      {s && s.revision.needsTraining && <Alert type="info" showIcon title={t('reading.needsTraining')} />}
      {s && s.mine && (
        <Alert
          type={s.mine.state === 'confirmed' ? 'success' : s.mine.state === 'overdue' ? 'error' : 'warning'}
          showIcon
          data-testid="reading-mine"
          title={s.mine.confirmedAt ? t('reading.confirmedAt', { date: formatDateTime(s.mine.confirmedAt) }) : t('reading.pendingMine', { date: formatDate(s.mine.dueAt.slice(0, 10)) })}
          action={
            !s.mine.confirmedAt &&
            s.revision.status === 'effective' && (
              <Button type="primary" icon={<CheckCircleOutlined />} loading={busy} onClick={confirm} data-testid="reading-confirm">
                {t('reading.confirm')}
              </Button>
            )
          }
        />
      )}
      {s && s.revision.status !== 'effective' && <Alert type="warning" showIcon title={t('reading.notEffective')} />}
      {s && (
        <Card size="small">
          <Space size={48} data-testid="reading-counts">
            <Statistic title={t('reading.counts.total')} value={s.counts.total} />
            <Statistic title={t('reading.counts.confirmed')} value={s.counts.confirmed} styles={{ content: { color: '#389e0d' } }} />
            <Statistic title={t('reading.counts.pending')} value={s.counts.pending} />
            <Statistic title={t('reading.counts.overdue')} value={s.counts.overdue} styles={{ content: { color: s.counts.overdue ? '#cf1322' : undefined } }} />
          </Space>
        </Card>
      )}
      {s && s.rows.length > 0 && (
        <Card
          size="small"
          extra={
            mayRecordAny && (
              <Button disabled={selected.length === 0} onClick={() => setRecording(true)} data-testid="reading-record-paper">
                {selected.length ? t('reading.recordSelected', { count: selected.length }) : t('reading.recordPaper')}
              </Button>
            )
          }
        >
          <Table<ReadRow>
            size="small"
            rowKey="personId"
            columns={columns}
            dataSource={s.rows}
            loading={status.loading}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            rowSelection={mayRecordAny ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), getCheckboxProps: (r) => ({ disabled: !r.mayRecord }) } : undefined}
            data-testid="reading-rows"
          />
        </Card>
      )}
      {recording && (
        <PaperSignOffModal
          revisionId={revisionId}
          personIds={selected}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            setSelected([]);
            status.reload();
          }}
        />
      )}
    </Flex>
  );
}

function ScanLink({ id }: { id: string }) {
  const { t } = useTranslation();
  async function open() {
    const file = await call('attachments.get', { id });
    download(base64ToBlob(file.dataBase64, file.mediaType), file.name);
  }
  return <Typography.Link onClick={() => void open()}>{t('reading.viewScan')}</Typography.Link>;
}
