import { App, Button, Form, Input, InputNumber, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { useSignedIn } from '../auth/session-context';
import { LoadError } from '../shell/LoadError';

/** Training topics: free text or a controlled document, with an optional validity in months. */
export function TopicsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSignedIn();
  const topics = useApi('training.topicsList', {});
  const [form] = Form.useForm<{ title: string; validityMonths?: number | null }>();
  async function create(v: { title: string; validityMonths?: number | null }) {
    try {
      await call('training.topicCreate', { title: v.title, validityMonths: v.validityMonths ?? null });
      message.success(t('training.topicSaved'));
      form.resetFields();
      topics.reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {can('training.topicCreate', user.role) && (
        <Form form={form} layout="inline" onFinish={create}>
          <Form.Item name="title" rules={[{ required: true, whitespace: true }]}>
            <Input placeholder={t('training.cols.topic')} maxLength={200} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="validityMonths">
            <InputNumber min={1} max={120} placeholder={t('training.cols.validity')} style={{ width: 160 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('training.newTopic')}
          </Button>
        </Form>
      )}
      {topics.error && <LoadError error={topics.error} onRetry={topics.reload} />}
      <Table
        size="small"
        rowKey="id"
        loading={topics.loading}
        dataSource={topics.data ?? []}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        columns={[
          { key: 'title', title: t('training.cols.topic'), dataIndex: 'title' },
          { key: 'document', title: t('training.cols.document'), width: 140, render: (_, x) => x.documentNumber ?? '' },
          { key: 'validity', title: t('training.cols.validity'), width: 120, render: (_, x) => x.validityMonths ?? t('training.none') },
          { key: 'positions', title: t('training.cols.positions'), width: 110, dataIndex: 'positions' },
        ]}
      />
    </Space>
  );
}
